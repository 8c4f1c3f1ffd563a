package org.npmportal.registration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.InputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Supplier;
import org.npmportal.base.UserFacingException;
import org.npmportal.base.i18n.Language;
import org.npmportal.base.ui.Notifications;
import org.npmportal.registration.InvalidInvitationsException;
import org.npmportal.registration.InvitationProblem;
import org.npmportal.registration.InvitationResult;
import org.npmportal.registration.InvitationRow;
import org.npmportal.registration.ParticipantService;

/**
 * Invites people by a pasted list or an uploaded CSV file, and shows who was invited and whether they
 * registered. A list with bad lines invites nobody; its problems are listed by line number.
 */
class InviteDialog extends Dialog {

    final TextArea list = new TextArea();
    final Button send = new Button();
    final Upload upload = new Upload();
    final UnorderedList problems = new UnorderedList();
    final Grid<InvitationRow> invitations = new Grid<>();
    final Button back = new Button();

    private final ParticipantService participants;
    private long seminarId;
    private ZoneId zone = ZoneId.systemDefault();

    InviteDialog(ParticipantService participants) {
        this.participants = participants;
        setHeaderTitle(getTranslation("participants.invite.title"));
        setWidth("min(60rem, 100vw)");

        list.setLabel(getTranslation("participants.invite.list"));
        list.setHelperText(getTranslation("participants.invite.list.help", ParticipantService.INVITATIONS_MAX));
        list.setPlaceholder(getTranslation("participants.invite.list.placeholder"));
        list.setWidthFull();
        list.setMinRows(5);
        list.setMaxRows(12);
        send.setText(getTranslation("participants.invite.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> invite(() -> participants.invite(seminarId, list.getValue(), language())));

        // Read here, at most one byte more than allowed, so that a client that ignores the size limit
        // cannot make the server hold more; the service checks the size and that the content is text.
        UploadHandler handler = event -> {
            byte[] content;
            try (InputStream in = event.getInputStream()) {
                content = in.readNBytes(ParticipantService.UPLOAD_MAX_BYTES + 1);
            }
            event.getUI().access(() -> {
                invite(() -> participants.inviteFile(seminarId, content, language()));
                upload.clearFileList();
            });
        };
        upload.setUploadHandler(handler);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ParticipantService.UPLOAD_MAX_BYTES);
        upload.setI18n(uploadTexts());
        upload.addFileRejectedListener(rejected -> Notifications.error(rejected.getErrorMessage()));

        problems.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.Margin.Vertical.SMALL);
        problems.setVisible(false);

        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale());
        invitations.addColumn(InvitationRow::fullName).setHeader(getTranslation("participants.column.fullName"))
                .setKey("fullName").setFlexGrow(2);
        invitations.addColumn(InvitationRow::email).setHeader(getTranslation("participants.column.email"))
                .setKey("email").setFlexGrow(2);
        invitations.addColumn(row -> row.language().nativeName())
                .setHeader(getTranslation("participants.column.language")).setKey("language").setAutoWidth(true);
        invitations.addColumn(row -> format.format(row.sentAt().atZone(zone)))
                .setHeader(getTranslation("participants.invite.sentAt")).setKey("sentAt").setAutoWidth(true);
        invitations.addColumn(row -> row.registered()
                        ? getTranslation("registration.status." + row.registrationStatus().name())
                        : getTranslation("participants.invite.notRegistered"))
                .setHeader(getTranslation("participants.column.status")).setKey("status").setAutoWidth(true);
        invitations.setEmptyStateText(getTranslation("participants.invite.none"));
        invitations.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        invitations.setHeight("16rem");

        back.setText(getTranslation("participants.dialog.close"));
        back.addClickListener(click -> close());

        var content = new VerticalLayout(new Paragraph(getTranslation("participants.invite.intro")), list, send,
                new Paragraph(getTranslation("participants.invite.upload", ParticipantService.UPLOAD_MAX_BYTES / 1024)),
                upload, problems, new H3(getTranslation("participants.invite.sent")), invitations);
        content.setPadding(false);
        add(content);
        getFooter().add(back);
    }

    void ask(long seminar, ZoneId seminarZone) {
        this.seminarId = seminar;
        this.zone = seminarZone;
        list.clear();
        showProblems(List.of());
        invitations.setItems(new CallbackDataProvider<InvitationRow, Void>(
                query -> participants.invitations(seminarId, VaadinSpringDataHelpers.toSpringPageRequest(query))
                        .stream(),
                query -> (int) participants.countInvitations(seminarId), InvitationRow::id));
        open();
    }

    private void invite(Supplier<InvitationResult> action) {
        InvitationResult result;
        try {
            result = action.get();
        } catch (InvalidInvitationsException invalid) {
            showProblems(invalid.lines());
            return;
        } catch (UserFacingException refused) {
            Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
            return;
        }
        showProblems(List.of());
        list.clear();
        invitations.getDataProvider().refreshAll();
        String text = getTranslation("participants.invite.done", result.mailed());
        if (result.alreadyRegistered() > 0) {
            text += " " + getTranslation("participants.invite.alreadyRegistered", result.alreadyRegistered());
        }
        Notifications.success(text);
    }

    private void showProblems(List<InvitationProblem> lines) {
        problems.removeAll();
        for (InvitationProblem problem : lines) {
            String text = getTranslation(problem.messageKey());
            problems.add(new ListItem(problem.line() > 0
                    ? getTranslation("participants.invite.line", problem.line(), text) : text));
        }
        problems.setVisible(!lines.isEmpty());
        list.setInvalid(!lines.isEmpty());
    }

    /** People whose line names no language are written to in the organiser's. */
    private Language language() {
        return Language.of(getLocale());
    }

    private UploadI18N uploadTexts() {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("participants.invite.upload.button")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("participants.invite.upload.drop")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation("participants.invite.upload.tooMany"))
                        .setFileIsTooBig(getTranslation("participants.invite.file.tooLarge"))
                        .setIncorrectFileType(getTranslation("participants.invite.file.notText")));
    }
}
