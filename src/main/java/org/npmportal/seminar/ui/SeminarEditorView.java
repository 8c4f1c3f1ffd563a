package org.npmportal.seminar.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.UserFacingException;
import org.npmportal.base.ui.FieldErrors;
import org.npmportal.base.ui.Notifications;
import org.npmportal.directory.DirectoryService;
import org.npmportal.security.Role;
import org.npmportal.seminar.RepeatRequest;
import org.npmportal.seminar.Seminar;
import org.npmportal.seminar.SeminarService;
import org.npmportal.seminar.SeminarStatus;

/**
 * Organisers create and edit a seminar and move it through its life cycle: publish, close
 * registration, complete, cancel, or repeat it elsewhere. Completed and cancelled seminars are shown
 * read-only. Reached as {@code seminars/new} and {@code seminars/{id}}; the regular expression keeps
 * {@code seminars/calendar} and other words for other views.
 */
@Route("seminars/:" + SeminarEditorView.SEMINAR_ID + "(new|[0-9]{1,18})")
@RolesAllowed({Role.Name.ORGANISER, Role.Name.ADMIN})
class SeminarEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    static final String SEMINAR_ID = "seminarId";
    private static final String NEW = "new";

    final Anchor back = new Anchor("seminars");
    final Badge status = new Badge();
    final Button publish = new Button();
    final Button closeRegistration = new Button();
    final Button complete = new Button();
    final Button cancel = new Button();
    final Button repeat = new Button();
    final Button participants = new Button();
    final Button checkIn = new Button();
    final Button save = new Button();
    final Span unsavedHint = new Span();
    final Div notice = new Div();
    final SeminarForm form = new SeminarForm();
    final CancelDialog cancelDialog;
    final RepeatDialog repeatDialog;
    final SeminarEditorClashDialog clashDialog = new SeminarEditorClashDialog();

    private final SeminarService seminars;
    private final DirectoryService directory;
    private Seminar seminar = new Seminar();
    private boolean choicesLoaded;
    private boolean unsaved;

    SeminarEditorView(SeminarService seminars, DirectoryService directory) {
        this.seminars = seminars;
        this.directory = directory;
        addClassName("seminar-editor");
        cancelDialog = new CancelDialog(this::cancelSeminar);
        repeatDialog = new RepeatDialog(this::repeatSeminar);

        back.setText(getTranslation("seminarEditor.back"));
        back.addClassName("seminar-editor-back");
        status.addClassName("seminar-editor-status");
        action(publish, "seminarEditor.publish", VaadinIcon.GLOBE,
                click -> act("seminarEditor.published", seminars::publish));
        action(closeRegistration, "seminarEditor.closeRegistration", VaadinIcon.LOCK,
                click -> act("seminarEditor.registrationClosed", seminars::closeRegistration));
        action(complete, "seminarEditor.complete", VaadinIcon.CHECK,
                click -> act("seminarEditor.completed", seminars::complete));
        action(cancel, "seminarEditor.cancel", VaadinIcon.BAN, click -> cancelDialog.ask());
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        action(repeat, "seminarEditor.repeat", VaadinIcon.COPY, click -> repeatDialog.ask(seminar));
        // Registration's screens, reached by their addresses: the seminar package does not know that feature.
        action(participants, "participants.open", VaadinIcon.USERS,
                click -> UI.getCurrent().navigate("seminars/" + seminar.getId() + "/participants"));
        action(checkIn, "participants.openCheckIn", VaadinIcon.CLIPBOARD_CHECK,
                click -> UI.getCurrent().navigate("seminars/" + seminar.getId() + "/check-in"));
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        unsavedHint.setText(getTranslation("seminarEditor.unsavedChanges"));
        unsavedHint.addClassName("seminar-editor-hint");
        notice.addClassName("seminar-editor-notice");
        notice.getElement().setAttribute("role", "status");

        var actions = new HorizontalLayout(unsavedHint, participants, checkIn, publish, closeRegistration, complete,
                cancel, repeat, save);
        actions.addClassName("seminar-editor-actions");
        actions.setWrap(true);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        var bar = new HorizontalLayout(back, status, actions);
        bar.addClassName("seminar-editor-bar");
        bar.setWidthFull();
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(actions);

        form.addChangeListener(() -> {
            unsaved = true;
            showActions();
        });
        add(bar, notice, form);
    }

    private void action(Button button, String key, VaadinIcon icon,
            ComponentEventListener<ClickEvent<Button>> onClick) {
        button.setText(getTranslation(key));
        button.setIcon(icon.create());
        button.addClickListener(onClick);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String parameter = event.getRouteParameters().get(SEMINAR_ID).orElse(NEW);
        Optional<Seminar> found = NEW.equals(parameter) ? Optional.of(new Seminar()) : find(parameter);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        loadChoices();
        show(found.get());
    }

    private Optional<Seminar> find(String parameter) {
        try {
            return seminars.get(Long.parseLong(parameter));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void loadChoices() {
        if (!choicesLoaded) {
            var regions = directory.regions();
            form.setChoices(regions, directory.organisations());
            repeatDialog.setRegions(regions);
            choicesLoaded = true;
        }
    }

    private void show(Seminar shown) {
        this.seminar = shown;
        this.unsaved = false;
        boolean readOnly = !shown.getStatus().isEditable();
        form.edit(shown, readOnly);
        status.setText(getTranslation("seminar.status." + shown.getStatus().name()));
        status.removeThemeVariants(BadgeVariant.values());
        status.addThemeVariants(switch (shown.getStatus()) {
            case PUBLISHED -> BadgeVariant.SUCCESS;
            case REGISTRATION_CLOSED -> BadgeVariant.WARNING;
            case CANCELLED -> BadgeVariant.ERROR;
            case DRAFT, COMPLETED -> BadgeVariant.CONTRAST;
        });
        notice.setText(switch (shown.getStatus()) {
            case COMPLETED -> getTranslation("seminarEditor.readOnly.completed");
            case CANCELLED -> getTranslation("seminarEditor.readOnly.cancelled", shown.getCancelReason());
            default -> "";
        });
        notice.setVisible(readOnly);
        showActions();
    }

    /** The life-cycle actions the seminar's status allows; they act on the stored seminar, so not while edits are unsaved. */
    private void showActions() {
        boolean stored = seminar.getId() != null;
        SeminarStatus current = seminar.getStatus();
        publish.setVisible(stored && EnumSet.of(SeminarStatus.DRAFT, SeminarStatus.REGISTRATION_CLOSED).contains(current));
        closeRegistration.setVisible(stored && current == SeminarStatus.PUBLISHED);
        complete.setVisible(stored && current.isPublic());
        cancel.setVisible(stored && current.isEditable());
        repeat.setVisible(stored);
        participants.setVisible(stored);
        checkIn.setVisible(stored);
        save.setVisible(current.isEditable());
        for (Button button : new Button[] {publish, closeRegistration, complete, cancel, repeat}) {
            button.setEnabled(!unsaved);
        }
        unsavedHint.setVisible(stored && unsaved);
    }

    private void save() {
        if (!form.validate()) {
            return;
        }
        var clashes = seminars.clashes(seminar);
        if (clashes.isEmpty()) {
            store();
        } else {
            clashDialog.ask(clashes, this::store);
        }
    }

    private void store() {
        try {
            long id = seminars.save(seminar).getId();
            unsaved = false;
            Notifications.success(getTranslation("seminarEditor.saved"));
            // Saving returns a managed copy with a new version; reading it again keeps the next save honest.
            open(id);
        } catch (InvalidInputException invalid) {
            showProblems(invalid);
        } catch (UserFacingException refused) {
            Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private void act(String doneKey, LongConsumer action) {
        try {
            action.accept(seminar.getId());
            Notifications.success(getTranslation(doneKey));
            open(seminar.getId());
        } catch (InvalidInputException invalid) {
            showProblems(invalid);
        } catch (UserFacingException refused) {
            Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    /** A missing reason goes back to the dialog, which shows it on the reason field. */
    private void cancelSeminar(String reason) {
        try {
            seminars.cancel(seminar.getId(), reason);
        } catch (UserFacingException refused) {
            rethrowInvalidInput(refused);
            Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
            return;
        }
        cancelDialog.close();
        Notifications.success(getTranslation("seminarEditor.cancelled"));
        open(seminar.getId());
    }

    /** Problems with the new start or place go back to the dialog, which shows them on its fields. */
    private void repeatSeminar(RepeatRequest request) {
        long copyId;
        try {
            copyId = seminars.repeat(seminar.getId(), request).getId();
        } catch (UserFacingException refused) {
            rethrowInvalidInput(refused);
            Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
            return;
        }
        repeatDialog.close();
        Notifications.success(getTranslation("seminarEditor.repeated"));
        open(copyId);
    }

    private static void rethrowInvalidInput(UserFacingException refused) {
        if (refused instanceof InvalidInputException invalid) {
            throw invalid;
        }
    }

    private void open(long id) {
        UI.getCurrent().navigate("seminars/" + id);
    }

    private void showProblems(InvalidInputException invalid) {
        String rest = FieldErrors.show(invalid, form.fieldsByProperty(), this);
        form.openAll();
        if (!rest.isEmpty()) {
            Notifications.error(rest);
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!unsaved) {
            return;
        }
        var postponed = event.postpone();
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("seminarEditor.leave.title"));
        confirm.setText(getTranslation("seminarEditor.leave.text"));
        confirm.setConfirmText(getTranslation("seminarEditor.leave.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("seminarEditor.leave.stay"));
        confirm.addConfirmListener(leave -> {
            unsaved = false;
            postponed.proceed();
        });
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return seminar.getId() == null || seminar.getTitle() == null
                ? getTranslation("seminarEditor.newTitle")
                : seminar.getTitle();
    }
}
