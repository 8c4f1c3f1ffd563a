package org.npmportal.selection;

import java.util.List;
import org.npmportal.base.JobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes applications whose address was never confirmed, a month after their link expired: the portal
 * keeps no personal data it has no use for. Each round is handled in its own transaction under its row lock,
 * so the job is safe next to applicants' clicks and next to the same job in another portal instance.
 */
@Component
class CandidateJobs {

    private static final Logger log = LoggerFactory.getLogger(CandidateJobs.class);
    private static final String JOB = "selection-lapsed-applications";

    private final CandidateService service;
    private final TransactionTemplate transactions;
    private final JobLock jobLock;

    CandidateJobs(CandidateService service, TransactionTemplate transactions, JobLock jobLock) {
        this.service = service;
        this.transactions = transactions;
        this.jobLock = jobLock;
    }

    @Scheduled(fixedDelayString = "${portal.selection.job-interval:PT1H}",
            initialDelayString = "${portal.selection.job-interval:PT1H}")
    void run() {
        try {
            jobLock.runAlone(JOB, this::runOnce);
        } catch (RuntimeException e) {
            log.warn("Deleting lapsed applications failed; the job runs again later: {}", e.toString());
        }
    }

    /** One run; returns how many applications were deleted. */
    int runOnce() {
        List<Long> roundIds = transactions.execute(status -> service.roundsWithLapsedApplications());
        int deleted = 0;
        for (long roundId : roundIds == null ? List.<Long>of() : roundIds) {
            Integer inRound = transactions.execute(status -> service.deleteLapsedApplications(roundId));
            deleted += inRound == null ? 0 : inRound;
        }
        if (deleted > 0) {
            log.info("Deleted {} application(s) never confirmed", deleted);
        }
        return deleted;
    }
}
