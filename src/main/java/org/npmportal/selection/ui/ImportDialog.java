package org.npmportal.selection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.InputStream;
import java.util.List;
import org.npmportal.base.UserFacingException;
import org.npmportal.base.ui.Notifications;
import org.npmportal.selection.CandidateService;
import org.npmportal.selection.ImportProblem;
import org.npmportal.selection.InvalidImportException;

/**
 * Imports candidates from a CSV file. A file with bad lines imports nobody; its problems are listed by
 * line number and field, so that the organiser can fix the file and upload it again.
 */
class ImportDialog extends Dialog {

    final Upload upload = new Upload();
    final UnorderedList problems = new UnorderedList();
    final Button back = new Button();

    private final CandidateService candidates;
    private final Runnable onImported;
    private long roundId;

    ImportDialog(CandidateService candidates, Runnable onImported) {
        this.candidates = candidates;
        this.onImported = onImported;
        setHeaderTitle(getTranslation("selectionCandidates.import.title"));
        setWidth("min(48rem, 100vw)");
        // Read here, at most one byte more than allowed; the service checks the size and that it is text.
        UploadHandler handler = event -> {
            byte[] content;
            try (InputStream in = event.getInputStream()) {
                content = in.readNBytes(CandidateService.IMPORT_MAX_BYTES + 1);
            }
            event.getUI().access(() -> importFile(content));
        };
        upload.setUploadHandler(handler);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(CandidateService.IMPORT_MAX_BYTES);
        upload.setI18n(UploadTexts.csv(this));
        upload.addFileRejectedListener(rejected -> Notifications.error(rejected.getErrorMessage()));
        problems.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.Margin.Vertical.SMALL);
        problems.setVisible(false);
        back.setText(getTranslation("selectionCandidates.dialog.close"));
        back.addClickListener(click -> close());
        add(new Paragraph(getTranslation("selectionCandidates.import.intro")),
                new Paragraph(getTranslation("selectionCandidates.import.columns")),
                new Paragraph(getTranslation("selectionCandidates.import.rules", CandidateService.IMPORT_MAX_ROWS,
                        CandidateService.IMPORT_MAX_BYTES / (1024 * 1024))),
                upload, problems);
        getFooter().add(back);
    }

    void ask(long round) {
        this.roundId = round;
        showProblems(List.of());
        upload.clearFileList();
        open();
    }

    private void importFile(byte[] content) {
        upload.clearFileList();
        int imported;
        try {
            imported = candidates.importCsv(roundId, content);
        } catch (InvalidImportException invalid) {
            showProblems(invalid.lines());
            return;
        } catch (UserFacingException refused) {
            Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
            return;
        }
        showProblems(List.of());
        Notifications.success(getTranslation("selectionCandidates.import.done", imported));
        onImported.run();
        close();
    }

    private void showProblems(List<ImportProblem> lines) {
        problems.removeAll();
        for (ImportProblem problem : lines) {
            String text = getTranslation(problem.messageKey());
            if (problem.field() != null) {
                text = getTranslation("selectionCandidates.field." + fieldKey(problem.field())) + ": " + text;
            }
            problems.add(new ListItem(problem.line() > 0
                    ? getTranslation("selectionCandidates.import.line", problem.line(), text) : text));
        }
        problems.setVisible(!lines.isEmpty());
    }

    /** The label key of a candidate's field; the region is chosen by its id but labelled as the region. */
    private static String fieldKey(String field) {
        return field.equals("regionId") ? "region" : field;
    }
}
