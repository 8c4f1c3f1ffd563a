package org.npmportal.selection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A candidate's CV as a PDF, kept apart from the candidate so lists never load it. */
@Entity
@Table(name = "selection_cv")
class CandidateCv {

    /** Room for any CV the service accepts ({@link CandidateService#CV_MAX_BYTES}). */
    static final int CONTENT_MAX = 10_000_000;

    @Id
    @Column(name = "candidate_id")
    private Long candidateId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    /** Stored as LONGBLOB; mapped by length rather than as a LOB, which H2 and MySQL type differently. */
    @Column(nullable = false, length = CONTENT_MAX)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected CandidateCv() {
    }

    CandidateCv(long candidateId, String fileName, byte[] content, Instant uploadedAt) {
        this.candidateId = candidateId;
        this.fileName = fileName;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.uploadedAt = uploadedAt;
    }

    String fileName() {
        return fileName;
    }

    byte[] content() {
        return content.clone();
    }

    int sizeBytes() {
        return sizeBytes;
    }

    void replace(String fileName, byte[] content, Instant uploadedAt) {
        this.fileName = fileName;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.uploadedAt = uploadedAt;
    }
}
