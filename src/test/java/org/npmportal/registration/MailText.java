package org.npmportal.registration;

import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** The text of a received mail, whether it is one part or has attachments. */
public final class MailText {

    private MailText() {
    }

    public static String of(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                var body = multipart.getBodyPart(i);
                if (body.getFileName() == null) {
                    text.append(of(body));
                }
            }
            return text.toString();
        }
        return "";
    }
}
