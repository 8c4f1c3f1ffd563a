package org.npmportal.selection.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/** The upload component's own texts, in the reader's language. */
final class UploadTexts {

    private UploadTexts() {
    }

    /** For a CV: one PDF file. */
    static UploadI18N cv(Component translator) {
        return texts(translator, "selectionCandidates.cv.button", "selectionCandidates.cv.drop",
                "selection.candidate.cv.tooLarge", "selection.candidate.cv.notPdf");
    }

    /** For a candidate list: one CSV file. */
    static UploadI18N csv(Component translator) {
        return texts(translator, "selectionCandidates.import.button", "selectionCandidates.import.drop",
                "selection.candidate.import.tooLarge", "selection.candidate.import.notText");
    }

    private static UploadI18N texts(Component translator, String button, String drop, String tooBig,
            String wrongType) {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(translator.getTranslation(button)))
                .setDropFiles(new UploadI18N.DropFiles().setOne(translator.getTranslation(drop)))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(translator.getTranslation("selectionCandidates.upload.tooMany"))
                        .setFileIsTooBig(translator.getTranslation(tooBig))
                        .setIncorrectFileType(translator.getTranslation(wrongType)));
    }
}
