package org.npmportal.selection.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.util.Optional;
import java.util.function.Supplier;
import org.npmportal.selection.CandidateCvFile;

/**
 * A candidate's CV as a download. The file is asked for when the link is followed, through the candidates'
 * service, which decides who may read it (organisers; members of the round unless it is blind); a CV that is
 * not there, or not for this reader, answers 404.
 */
final class CvDownload {

    private CvDownload() {
    }

    static DownloadHandler of(Supplier<Optional<CandidateCvFile>> cv) {
        return event -> {
            var file = cv.get();
            if (file.isEmpty()) {
                event.getResponse().setStatus(404);
                return;
            }
            event.setFileName(file.get().fileName());
            event.setContentType(file.get().contentType());
            try (OutputStream out = event.getOutputStream()) {
                out.write(file.get().content());
            }
        };
    }
}
