package org.npmportal.selection;

/** A stored CV to download; the file is named by the candidate's code, which says nothing about the person. */
public record CandidateCvFile(String fileName, String contentType, byte[] content) {

    public CandidateCvFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
