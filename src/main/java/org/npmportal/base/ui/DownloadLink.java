package org.npmportal.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Supplier;

/** A link that downloads a file the portal writes at the moment it is asked for, with the download icon. */
public final class DownloadLink {

    /** Writes the file; it runs in the download's own request, so it reads what it needs itself. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private DownloadLink() {
    }

    public static Anchor of(String label, Supplier<String> fileName, String contentType, Body body) {
        DownloadHandler handler = event -> {
            event.setFileName(fileName.get());
            event.setContentType(contentType);
            try (OutputStream out = event.getOutputStream()) {
                body.writeTo(out);
            }
        };
        var anchor = new Anchor(handler, AttachmentType.DOWNLOAD, label);
        anchor.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
        return anchor;
    }
}
