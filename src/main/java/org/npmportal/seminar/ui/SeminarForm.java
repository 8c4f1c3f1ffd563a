package org.npmportal.seminar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.npmportal.base.i18n.Language;
import org.npmportal.directory.Organisation;
import org.npmportal.directory.Region;
import org.npmportal.seminar.Seminar;
import org.npmportal.seminar.SeminarFormat;

/**
 * Everything an organiser fills in about one seminar, in collapsible sections. The form edits the
 * seminar in place and checks it with the entity's constraints; rules across fields are the
 * service's, and the view puts their messages back on these fields.
 */
class SeminarForm extends VerticalLayout {

    /** Kazakhstan's zones first, because nearly every seminar is in one of them. */
    static final List<String> KAZAKHSTAN_ZONES = List.of("Asia/Almaty", "Asia/Aqtobe", "Asia/Qyzylorda",
            "Asia/Aqtau", "Asia/Atyrau", "Asia/Oral", "Asia/Qostanay");

    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final TextArea topics = new TextArea();
    final TextField audience = new TextField();
    final CheckboxGroup<Language> languages = new CheckboxGroup<>();
    final RadioButtonGroup<SeminarFormat> format = new RadioButtonGroup<>();
    final TextField meetingUrl = new TextField();
    final Checkbox approvalRequired = new Checkbox();

    final TextField city = new TextField();
    final ComboBox<Region> region = new ComboBox<>();
    final TextField venueName = new TextField();
    final TextField venueAddress = new TextField();
    final IntegerField roomCapacity = new IntegerField();
    final ComboBox<String> timeZone = new ComboBox<>();
    final DateTimePicker startsAt = new DateTimePicker();
    final DateTimePicker endsAt = new DateTimePicker();
    final IntegerField capacity = new IntegerField();
    final DateTimePicker registrationOpens = new DateTimePicker();
    final DateTimePicker registrationCloses = new DateTimePicker();

    final ComboBox<Organisation> leadOrganiser = new ComboBox<>();
    final PartnerList partners = new PartnerList();
    final TrainerList trainers = new TrainerList();
    final AgendaEditor agenda = new AgendaEditor();

    final Details general = new Details();
    final Details placeAndTime = new Details();
    final Details organisers = new Details();
    final Details people = new Details();
    final Details programme = new Details();

    private final BeanValidationBinder<Seminar> binder = new BeanValidationBinder<>(Seminar.class);
    private final List<Runnable> changeListeners = new ArrayList<>();
    private List<Region> regionChoices = List.of();
    private List<Organisation> organisationChoices = List.of();

    SeminarForm() {
        addClassName("seminar-form");
        setPadding(false);
        buildGeneral();
        buildPlaceAndTime();
        buildOrganisers();
        section(people, "seminarEditor.section.trainers", trainers);
        section(programme, "seminarEditor.section.agenda", agenda);
        bind();
        add(general, placeAndTime, organisers, people, programme);
    }

    private void buildGeneral() {
        title.setLabel(getTranslation("seminarEditor.title"));
        title.setMaxLength(Seminar.TITLE_MAX);
        description.setLabel(getTranslation("seminarEditor.description"));
        description.setMaxLength(Seminar.DESCRIPTION_MAX);
        description.addClassName("seminar-form-text");
        topics.setLabel(getTranslation("seminarEditor.topics"));
        topics.setMaxLength(Seminar.TOPICS_MAX);
        audience.setLabel(getTranslation("seminarEditor.audience"));
        audience.setMaxLength(Seminar.AUDIENCE_MAX);
        languages.setLabel(getTranslation("seminarEditor.languages"));
        languages.setItems(Language.values());
        languages.setItemLabelGenerator(Language::nativeName);
        format.setLabel(getTranslation("seminarEditor.format"));
        format.setItems(SeminarFormat.values());
        format.setItemLabelGenerator(value -> getTranslation("seminar.format." + value.name()));
        format.addValueChangeListener(change -> meetingUrl.setVisible(
                change.getValue() != null && change.getValue().needsMeetingLink()));
        meetingUrl.setLabel(getTranslation("seminarEditor.meetingUrl"));
        meetingUrl.setMaxLength(Seminar.MEETING_URL_MAX);
        meetingUrl.setHelperText(getTranslation("seminarEditor.meetingUrl.help"));
        meetingUrl.setVisible(false);
        approvalRequired.setLabel(getTranslation("seminarEditor.approvalRequired"));

        var layout = new FormLayout(title, description, topics, audience, languages, format, meetingUrl,
                approvalRequired);
        layout.setColspan(title, 2);
        layout.setColspan(description, 2);
        layout.setColspan(topics, 2);
        section(general, "seminarEditor.section.general", layout);
    }

    private void buildPlaceAndTime() {
        city.setLabel(getTranslation("seminarEditor.city"));
        city.setMaxLength(Seminar.CITY_MAX);
        region.setLabel(getTranslation("seminarEditor.region"));
        region.setItemLabelGenerator(value -> value.name(getLocale()));
        region.setClearButtonVisible(true);
        venueName.setLabel(getTranslation("seminarEditor.venueName"));
        venueName.setMaxLength(Seminar.VENUE_NAME_MAX);
        venueAddress.setLabel(getTranslation("seminarEditor.venueAddress"));
        venueAddress.setMaxLength(Seminar.VENUE_ADDRESS_MAX);
        roomCapacity.setLabel(getTranslation("seminarEditor.roomCapacity"));
        roomCapacity.setMin(1);
        roomCapacity.setMax(Seminar.CAPACITY_MAX);
        timeZone.setLabel(getTranslation("seminarEditor.timeZone"));
        timeZone.setHelperText(getTranslation("seminarEditor.timeZone.help"));
        timeZone.setItems(zoneChoices());
        for (var picker : List.of(startsAt, endsAt, registrationOpens, registrationCloses)) {
            picker.setStep(Duration.ofMinutes(15));
        }
        startsAt.setLabel(getTranslation("seminarEditor.startsAt"));
        endsAt.setLabel(getTranslation("seminarEditor.endsAt"));
        startsAt.addValueChangeListener(change -> followSeminarTimes());
        endsAt.addValueChangeListener(change -> followSeminarTimes());
        capacity.setLabel(getTranslation("seminarEditor.capacity"));
        capacity.setMin(1);
        capacity.setMax(Seminar.CAPACITY_MAX);
        registrationOpens.setLabel(getTranslation("seminarEditor.registrationOpens"));
        registrationCloses.setLabel(getTranslation("seminarEditor.registrationCloses"));

        var layout = new FormLayout(city, region, venueName, roomCapacity, venueAddress, startsAt, endsAt,
                timeZone, capacity, registrationOpens, registrationCloses);
        layout.setColspan(venueAddress, 2);
        section(placeAndTime, "seminarEditor.section.place", layout);
    }

    private void buildOrganisers() {
        leadOrganiser.setLabel(getTranslation("seminarEditor.leadOrganiser"));
        leadOrganiser.setItemLabelGenerator(SeminarForm::organisationLabel);
        leadOrganiser.setClearButtonVisible(true);
        leadOrganiser.setWidthFull();
        var partnersLabel = new Span(getTranslation("seminarEditor.partners"));
        partnersLabel.addClassName("seminar-form-list-label");
        var layout = new VerticalLayout(leadOrganiser, partnersLabel, partners);
        layout.setPadding(false);
        section(organisers, "seminarEditor.section.organisers", layout);
    }

    private void section(Details details, String key, Component content) {
        details.setSummaryText(getTranslation(key));
        details.add(content);
        details.setOpened(true);
        details.setWidthFull();
        details.addClassName("seminar-form-section");
    }

    private void bind() {
        binder.forField(title).withNullRepresentation("").bind("title");
        title.setRequiredIndicatorVisible(true);
        binder.forField(description).withNullRepresentation("").bind("description");
        binder.forField(topics).withNullRepresentation("").bind("topics");
        binder.forField(audience).withNullRepresentation("").bind("audience");
        binder.forField(languages).bind("languages");
        binder.forField(format).bind("format");
        binder.forField(meetingUrl).withNullRepresentation("").bind("meetingUrl");
        binder.forField(approvalRequired).bind("approvalRequired");
        binder.forField(city).withNullRepresentation("").bind("city");
        binder.forField(region).bind("region");
        binder.forField(venueName).withNullRepresentation("").bind("venueName");
        binder.forField(venueAddress).withNullRepresentation("").bind("venueAddress");
        binder.forField(roomCapacity).bind("roomCapacity");
        binder.forField(timeZone).bind("timeZone");
        binder.forField(startsAt).bind("startsAt");
        binder.forField(endsAt).bind("endsAt");
        binder.forField(capacity).bind("capacity");
        binder.forField(registrationOpens).bind("registrationOpens");
        binder.forField(registrationCloses).bind("registrationCloses");
        binder.forField(leadOrganiser).bind("leadOrganiser");
        binder.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                changed();
            }
        });
    }

    /** The regions and organisations to choose from; set once, before the first seminar is shown. */
    void setChoices(List<Region> regions, List<Organisation> organisations) {
        this.regionChoices = List.copyOf(regions);
        this.organisationChoices = List.copyOf(organisations);
        region.setItems(regionChoices);
        leadOrganiser.setItems(organisationChoices);
        partners.setOrganisations(organisationChoices);
    }

    /** Shows the seminar and edits it in place; read-only for seminars that can no longer change. */
    void edit(Seminar seminar, boolean readOnly) {
        useChoiceInstances(seminar);
        binder.setBean(seminar);
        partners.edit(seminar.getPartners(), this::changed);
        trainers.edit(seminar.getTrainers(), this::changed);
        agenda.edit(seminar.getSessions(), this::changed);
        followSeminarTimes();
        binder.setReadOnly(readOnly);
        partners.setReadOnly(readOnly);
        trainers.setReadOnly(readOnly);
        agenda.setReadOnly(readOnly);
        fieldsByProperty().values().forEach(field -> field.setInvalid(false));
    }

    /**
     * The seminar's region and organisations come from another transaction, some as lazy proxies;
     * the form selects the instances it offers, so that the choices recognise them.
     */
    private void useChoiceInstances(Seminar seminar) {
        if (seminar.getRegion() != null) {
            seminar.setRegion(sameAs(regionChoices, seminar.getRegion().getId(), Region::getId, seminar.getRegion()));
        }
        if (seminar.getLeadOrganiser() != null) {
            seminar.setLeadOrganiser(sameAs(organisationChoices, seminar.getLeadOrganiser().getId(),
                    Organisation::getId, seminar.getLeadOrganiser()));
        }
        seminar.getPartners().forEach(partner -> {
            if (partner.getOrganisation() != null) {
                partner.setOrganisation(sameAs(organisationChoices, partner.getOrganisation().getId(),
                        Organisation::getId, partner.getOrganisation()));
            }
        });
    }

    private static <T> T sameAs(List<T> choices, Long id, Function<T, Long> idOf, T fallback) {
        return choices.stream().filter(choice -> Objects.equals(idOf.apply(choice), id)).findFirst().orElse(fallback);
    }

    private void followSeminarTimes() {
        agenda.setSeminarTimes(startsAt.getValue(), endsAt.getValue());
    }

    /** Checks every field and row against the constraints; marks what is wrong and opens its section. */
    boolean validate() {
        boolean valid = binder.validate().isOk();
        valid &= partners.validate();
        valid &= trainers.validate();
        valid &= agenda.validate();
        if (!valid) {
            openAll();
        }
        return valid;
    }

    void openAll() {
        List.of(general, placeAndTime, organisers, people, programme).forEach(section -> section.setOpened(true));
    }

    void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    private void changed() {
        changeListeners.forEach(Runnable::run);
    }

    /** Every field by the property name the service uses in its problems, rows included. */
    Map<String, HasValidation> fieldsByProperty() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("description", description);
        fields.put("topics", topics);
        fields.put("audience", audience);
        fields.put("languages", languages);
        fields.put("format", format);
        fields.put("meetingUrl", meetingUrl);
        fields.put("city", city);
        fields.put("region", region);
        fields.put("venueName", venueName);
        fields.put("venueAddress", venueAddress);
        fields.put("roomCapacity", roomCapacity);
        fields.put("timeZone", timeZone);
        fields.put("startsAt", startsAt);
        fields.put("endsAt", endsAt);
        fields.put("capacity", capacity);
        fields.put("registrationOpens", registrationOpens);
        fields.put("registrationCloses", registrationCloses);
        fields.put("leadOrganiser", leadOrganiser);
        fields.putAll(partners.fieldsByProperty("partners"));
        fields.putAll(trainers.fieldsByProperty("trainers"));
        fields.putAll(agenda.fieldsByProperty("sessions"));
        return fields;
    }

    static String organisationLabel(Organisation organisation) {
        String acronym = organisation.getAcronym();
        return acronym == null || acronym.isBlank() || acronym.equals(organisation.getName())
                ? organisation.getName()
                : organisation.getName() + " (" + acronym + ")";
    }

    static List<String> zoneChoices() {
        Set<String> zones = new LinkedHashSet<>(KAZAKHSTAN_ZONES);
        ZoneId.getAvailableZoneIds().stream().sorted().forEach(zones::add);
        return List.copyOf(zones);
    }
}
