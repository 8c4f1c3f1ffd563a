package org.npmportal.registration;

/** A certificate ready to download. */
public record CertificateFile(String filename, byte[] content) {

    public CertificateFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
