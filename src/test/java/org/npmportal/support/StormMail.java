package org.npmportal.support;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.regex.Pattern;
import org.npmportal.registration.MailText;
import org.slf4j.LoggerFactory;

/**
 * A real SMTP server (GreenMail) in the storm's JVM that the portal process sends to, and an index of what
 * it received: every delivery, and per recipient the token of the first confirmation link, which a storm
 * client waits for. GreenMail hands each delivery to a queue as it stores it, and a background thread indexes
 * what is queued; every delivery is counted, so a mail sent twice shows as two deliveries.
 *
 * <p>The index used to ask GreenMail for all received mail every 5 ms and pick out the new: that walks every
 * mailbox, so its cost grew with the mail of the run (thousands of recipients), and by the measured seminars at
 * the end the storm's own JVM took more of the two cores than the portal did.
 */
public final class StormMail implements AutoCloseable {

    private static final Pattern CONFIRM = Pattern.compile("/registration/confirm/([A-Za-z0-9_-]{43})");
    private static final Pattern ANY_TOKEN = Pattern.compile("/registration/(?:[a-z]+/)?([A-Za-z0-9_-]{43})");

    /** One delivery as received: its Message-ID, recipient, subject and the link tokens in its text. */
    public record Delivery(String messageId, String recipient, String subject, List<String> tokens) {
    }

    private final GreenMail server;
    private final int port;
    private final BlockingQueue<MimeMessage> arrived = new LinkedBlockingQueue<>();
    private final List<Delivery> deliveries = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, CompletableFuture<String>> confirmTokens = new ConcurrentHashMap<>();
    private final Thread indexer;
    private volatile boolean running = true;

    private StormMail() {
        // GreenMail logs a line for every new recipient at INFO: thousands per storm, on the same two cores.
        if (LoggerFactory.getLogger("com.icegreen.greenmail") instanceof ch.qos.logback.classic.Logger greenMail) {
            greenMail.setLevel(ch.qos.logback.classic.Level.WARN);
        }
        this.port = PortalProcess.freePort();
        this.server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        MessageDeliveryHandler store = server.getUserManager().getMessageDeliveryHandler();
        server.getUserManager().setMessageDeliveryHandler((message, recipient) -> {
            GreenMailUser user = store.handle(message, recipient);
            arrived.add(message.getMessage());
            return user;
        });
        server.start();
        indexer = Thread.ofPlatform().daemon().name("storm-mail-index").start(this::indexUntilClosed);
    }

    public static StormMail start() {
        return new StormMail();
    }

    /** The portal's arguments that send its mail here. */
    public List<String> portalArguments() {
        return List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port);
    }

    /** The token of the first confirmation link mailed to {@code recipient}, when it arrives. */
    public CompletableFuture<String> confirmToken(String recipient) {
        return confirmTokens.computeIfAbsent(recipient.toLowerCase(Locale.ROOT), r -> new CompletableFuture<>());
    }

    /** Every delivery so far, in the order indexed. */
    public List<Delivery> deliveries() {
        index();
        synchronized (deliveries) {
            return List.copyOf(deliveries);
        }
    }

    private void indexUntilClosed() {
        while (running) {
            index();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Indexes what has arrived and is not indexed yet; a caller returns with all of it indexed. */
    private synchronized void index() {
        for (MimeMessage message = arrived.poll(); message != null; message = arrived.poll()) {
            index(message);
        }
    }

    private void index(MimeMessage message) {
        String text = text(message);
        Delivery delivery = read(message, text);
        deliveries.add(delivery);
        var link = CONFIRM.matcher(text);
        if (link.find()) {
            confirmToken(delivery.recipient()).complete(link.group(1));
        }
    }

    private static Delivery read(MimeMessage message, String text) {
        List<String> tokens = new ArrayList<>();
        var matcher = ANY_TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group(1));
        }
        try {
            return new Delivery(message.getMessageID(), message.getAllRecipients()[0].toString()
                    .toLowerCase(Locale.ROOT), message.getSubject(), List.copyOf(tokens));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException("cannot read a received mail", e);
        }
    }

    private static String text(MimeMessage message) {
        try {
            return MailText.of(message);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read a received mail", e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        indexer.join(1000);
        server.stop();
    }
}
