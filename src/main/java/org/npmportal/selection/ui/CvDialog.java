package org.npmportal.selection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.UserFacingException;
import org.npmportal.base.ui.Notifications;
import org.npmportal.selection.CandidateService;

/** Attaches a CV to a candidate (replacing an earlier one): a PDF of at most five megabytes. */
class CvDialog extends Dialog {

    final Paragraph summary = new Paragraph();
    final Upload upload = new Upload();
    final Paragraph problem = new Paragraph();
    final Button back = new Button();

    private final CandidateService candidates;
    private final Runnable onAttached;
    private long candidateId;

    CvDialog(CandidateService candidates, Runnable onAttached) {
        this.candidates = candidates;
        this.onAttached = onAttached;
        setHeaderTitle(getTranslation("selectionCandidates.cv.title"));
        setWidth("min(36rem, 100vw)");
        // Read here, at most one byte more than allowed, so that a client that ignores the size limit cannot
        // make the server hold more; the service checks the size and that the file is a PDF.
        UploadHandler handler = event -> {
            byte[] content;
            try (InputStream in = event.getInputStream()) {
                content = in.readNBytes(CandidateService.CV_MAX_BYTES + 1);
            }
            String fileName = event.getFileName();
            event.getUI().access(() -> attach(fileName, content));
        };
        upload.setUploadHandler(handler);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(CandidateService.CV_MAX_BYTES);
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setI18n(UploadTexts.cv(this));
        upload.addFileRejectedListener(rejected -> problem.setText(rejected.getErrorMessage()));
        problem.addClassName("selection-problem");
        back.setText(getTranslation("selectionCandidates.dialog.close"));
        back.addClickListener(click -> close());
        add(summary, new Paragraph(getTranslation("selectionCandidates.cv.hint",
                CandidateService.CV_MAX_BYTES / (1024 * 1024))), upload, problem);
        getFooter().add(back);
    }

    void ask(long candidate, String code) {
        this.candidateId = candidate;
        summary.setText(getTranslation("selectionCandidates.cv.summary", code));
        problem.setText("");
        upload.clearFileList();
        open();
    }

    private void attach(String fileName, byte[] content) {
        upload.clearFileList();
        try {
            candidates.attachCv(candidateId, fileName, content);
        } catch (InvalidInputException invalid) {
            problem.setText(getTranslation(invalid.messageKey()));
            return;
        } catch (UserFacingException refused) {
            Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
            return;
        }
        Notifications.success(getTranslation("selectionCandidates.cv.done"));
        onAttached.run();
        close();
    }
}
