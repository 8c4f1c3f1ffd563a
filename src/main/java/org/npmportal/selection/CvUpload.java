package org.npmportal.selection;

/**
 * A CV as uploaded: the name the person's computer gave it, and its bytes. Only PDF files of at most
 * {@link CandidateService#CV_MAX_BYTES} are taken, whatever they are called.
 */
public record CvUpload(String fileName, byte[] content) {

    public CvUpload {
        content = content == null ? new byte[0] : content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
