package org.npmportal.mail;

import jakarta.activation.FileTypeMap;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.npmportal.mail.MailOutbox.MailEnqueued;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox. Runs on one worker thread per portal instance, right after each commit that wrote
 * mail and at a fixed interval for retries. Each mail is claimed with a conditional update before it is
 * sent, so two instances never send the same row, and it keeps its Message-ID across retries. If an
 * instance dies between the SMTP server's acceptance and recording it, the mail is sent again after
 * {@code portal.mail.stale-claim}, with the same Message-ID, which lets mail systems drop the copy.
 */
@Component
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    /** Tries to record a sent mail before its batch is given up (see {@link #recordSent}). */
    private static final int RECORD_ATTEMPTS = 3;

    private final OutgoingMailRepository mails;
    private final EntityManager entityManager;
    private final JavaMailSender sender;
    private final TransactionTemplate transactions;
    private final MailSettings settings;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "mail-dispatcher");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean queued = new AtomicBoolean();

    MailDispatcher(OutgoingMailRepository mails, EntityManager entityManager, JavaMailSender sender,
            TransactionTemplate transactions, MailSettings settings, Clock clock) {
        this.mails = mails;
        this.entityManager = entityManager;
        this.sender = sender;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onEnqueued(MailEnqueued event) {
        wakeUp();
    }

    @Scheduled(fixedDelayString = "${portal.mail.poll-interval:PT10S}",
            initialDelayString = "${portal.mail.poll-interval:PT10S}")
    void poll() {
        wakeUp();
    }

    /**
     * Asks the worker for a run; runs requested while one is queued are merged into it. Once the portal is
     * stopping there is no worker any more: mail enqueued then (by work finishing its transaction) stays in the
     * outbox and goes out after the next start.
     */
    void wakeUp() {
        if (worker.isShutdown() || !queued.compareAndSet(false, true)) {
            return;
        }
        try {
            worker.execute(() -> {
                queued.set(false);
                try {
                    // A full batch sent means more may be waiting: go on at once rather than at the next
                    // poll. A batch that was not all sent (the server is down) waits for its retry time.
                    while (dispatchDue(clock.instant()) == settings.batchSize()) {
                        log.debug("Sent a full batch; looking for more");
                    }
                } catch (RuntimeException e) {
                    log.warn("Mail dispatch failed; it will be retried: {}", e.toString());
                }
            });
        } catch (RejectedExecutionException stoppedMeanwhile) {
            queued.set(false);
        }
    }

    /**
     * Sends every mail due at {@code now}, up to the batch size; returns how many were accepted by the
     * SMTP server. Safe to call from several threads and instances at once: each mail is claimed first,
     * and only the claimed ones are sent, together over one SMTP connection.
     */
    int dispatchDue(Instant now) {
        transactions.executeWithoutResult(status -> {
            int released = mails.releaseStale(now.minus(settings.staleClaim()), now);
            if (released > 0) {
                log.warn("{} mail(s) were left unfinished by a stopped dispatcher and will be sent again", released);
            }
        });
        List<Long> due = transactions.execute(status -> mails.findDue(now, PageRequest.of(0, settings.batchSize())));
        // The batch is claimed and read in one transaction each rather than one per mail: on a server database
        // every commit waits for the disk. Each row is still claimed by its own conditional update, so a row
        // another dispatcher claimed first is left out.
        List<Long> claimed = transactions.execute(status -> due.stream().filter(id -> mails.claim(id, now) == 1)
                .toList());
        Map<MimeMessage, Long> batch = build(claimed, now);
        if (batch.isEmpty()) {
            return 0;
        }
        return send(batch, now);
    }

    /**
     * Sends the batch over one SMTP connection and records each mail as sent in its own transaction right
     * after the server accepted it, so that a dispatcher killed in the middle leaves at most the one mail
     * it was handing over unrecorded (that one is sent again after {@code portal.mail.stale-claim}, with the
     * same Message-ID). A mail the server refuses waits for its retry; when the server cannot be reached,
     * the rest of the batch does.
     */
    private int send(Map<MimeMessage, Long> batch, Instant now) {
        var entries = List.copyOf(batch.entrySet());
        int sent = 0;
        Transport transport = null;
        try {
            for (int i = 0; i < entries.size(); i++) {
                long id = entries.get(i).getValue();
                if (transport == null || !transport.isConnected()) {
                    close(transport);
                    try {
                        transport = connect();
                    } catch (MessagingException | RuntimeException e) {
                        for (var waiting : entries.subList(i, entries.size())) {
                            record(waiting.getValue(), describe(e), now);
                        }
                        return sent;
                    }
                }
                MimeMessage message = entries.get(i).getKey();
                try {
                    if (message.getSentDate() == null) {
                        message.setSentDate(Date.from(clock.instant()));
                    }
                    message.saveChanges();
                    transport.sendMessage(message, message.getAllRecipients());
                } catch (MessagingException e) {
                    record(id, describe(e), now);
                    continue;
                }
                recordSent(id, clock.instant());
                sent++;
            }
        } finally {
            close(transport);
        }
        return sent;
    }

    /**
     * Records a mail the server accepted. A deadlock with another dispatcher's claim or release of stale claims (they
     * take the same rows through the status index in the other order) rolls the record back; it is tried again,
     * because giving up would leave the rest of the claimed batch unsent until {@code portal.mail.stale-claim}, and
     * this mail to be sent a second time then.
     */
    private void recordSent(long id, Instant sentAt) {
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.executeWithoutResult(status -> mails.recordSent(id, sentAt));
                return;
            } catch (TransientDataAccessException e) {
                if (attempt == RECORD_ATTEMPTS) {
                    throw e;
                }
                log.info("Recording mail {} as sent met {}; trying again", id, e.getClass().getSimpleName());
            }
        }
    }

    /** A connection to the configured server, as {@link JavaMailSenderImpl} opens it for its own sends. */
    private Transport connect() throws MessagingException {
        if (!(sender instanceof JavaMailSenderImpl smtp)) {
            throw new IllegalStateException("mail needs a JavaMailSenderImpl, not " + sender.getClass().getName());
        }
        String user = smtp.getUsername() == null || smtp.getUsername().isEmpty() ? null : smtp.getUsername();
        String password = user == null && "".equals(smtp.getPassword()) ? null : smtp.getPassword();
        Session session = smtp.getSession();
        Transport transport = session.getTransport(smtp.getProtocol() != null ? smtp.getProtocol()
                : session.getProperty("mail.transport.protocol") != null
                        ? session.getProperty("mail.transport.protocol") : JavaMailSenderImpl.DEFAULT_PROTOCOL);
        transport.connect(smtp.getHost(), smtp.getPort(), user, password);
        return transport;
    }

    private static void close(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                log.debug("Closing the SMTP connection failed: {}", e.toString());
            }
        }
    }

    private static String describe(Exception error) {
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }

    /** The claimed mails as messages, in claim order; a mail that cannot be built is recorded as failed. */
    private Map<MimeMessage, Long> build(List<Long> claimed, Instant now) {
        Map<MimeMessage, Long> batch = new LinkedHashMap<>();
        Map<Long, RuntimeException> unbuildable = new LinkedHashMap<>();
        transactions.executeWithoutResult(status -> {
            // In claim order. Hibernate's multi-load builds its select straight from the mapping; findAllById would
            // build a criteria query, which Hibernate translates through its query tree anew at every call.
            List<OutgoingMail> read = entityManager.unwrap(org.hibernate.Session.class)
                    .findMultiple(OutgoingMail.class, claimed);
            for (int i = 0; i < claimed.size(); i++) {
                long id = claimed.get(i);
                try {
                    batch.put(toMimeMessage(read.get(i)), id);
                } catch (RuntimeException e) {
                    unbuildable.put(id, e);
                }
            }
        });
        unbuildable.forEach((id, e) -> {
            record(id, "Cannot build the message: " + e.getMessage(), now);
            log.error("Mail {} cannot be built", id, e);
        });
        return batch;
    }

    private void record(long id, String error, Instant now) {
        transactions.executeWithoutResult(status -> {
            var mail = mails.findById(id).orElseThrow();
            var delays = settings.retryDelays();
            Instant next = mail.getAttempts() < delays.size() ? now.plus(delays.get(mail.getAttempts())) : null;
            mail.failed(error, next);
            if (next == null) {
                log.error("Mail {} to {} failed for good after {} tries: {}", id, mask(mail.getRecipient()),
                        mail.getAttempts(), error);
            } else {
                log.warn("Mail {} failed (try {}), next try at {}: {}", id, mail.getAttempts(), next, error);
            }
        });
    }

    private MimeMessage toMimeMessage(OutgoingMail mail) {
        try {
            var message = new FixedIdMimeMessage(session(), mail.getMessageId());
            boolean multipart = !mail.attachments().isEmpty();
            var helper = new Helper(message, multipart);
            helper.setFrom(settings.from());
            helper.setTo(mail.getRecipient());
            helper.setSubject(mail.getSubject());
            helper.setText(mail.getBody(), false);
            for (MailAttachment attachment : mail.attachments()) {
                helper.addAttachment(attachment.getFilename(), new ByteArrayResource(attachment.content()),
                        attachment.getContentType());
            }
            return message;
        } catch (MessagingException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private Session session() {
        return sender instanceof JavaMailSenderImpl impl ? impl.getSession() : Session.getInstance(new Properties());
    }

    /** Addresses are personal data: the log shows only enough to tell mails apart. */
    private static String mask(String address) {
        int at = address.indexOf('@');
        return at <= 1 ? "***" : address.charAt(0) + "***" + address.substring(at);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }

    /**
     * Spring's helper, but with one file type map for every message: the plain helper builds a new one for
     * each message it wraps, reading {@code mime.types} from the class path each time (a sixth of the
     * portal's CPU in the registration storm benchmark). Attachments here carry their content type, so the
     * map is not consulted anyway.
     */
    private static final class Helper extends MimeMessageHelper {

        private static final FileTypeMap TYPES = FileTypeMap.getDefaultFileTypeMap();

        Helper(MimeMessage message, boolean multipart) throws MessagingException {
            super(message, multipart, "UTF-8");
        }

        @Override
        protected FileTypeMap getDefaultFileTypeMap(MimeMessage message) {
            return TYPES;
        }
    }

    /** Keeps the Message-ID chosen when the mail was written, instead of a new one per attempt. */
    private static final class FixedIdMimeMessage extends MimeMessage {

        private final String messageId;

        FixedIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
