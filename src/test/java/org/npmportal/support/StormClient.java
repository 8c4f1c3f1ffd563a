package org.npmportal.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Phaser;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;

/**
 * A registration storm over HTTP against a running portal, as many people would make it: for each seminar
 * {@code people} clients (one thread each) register at once through {@code POST /api/seminars/{id}/registrations},
 * wait for the confirmation mail at {@link StormMail}, and, once all of them have it, confirm at once through
 * {@code POST /api/registrations/confirmations} with the token from the mail. A number of seminars are in
 * flight at once; the next starts when one is done. Every acknowledged answer (202 for a registration,
 * 200 for a confirmation) is recorded, so that what the portal promised can be checked against what it
 * stored, also after it was killed in the middle ({@link #stop()} makes the clients give up).
 */
public final class StormClient implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    /** A registration the portal answered 202. */
    public record Registered(long seminarId, String email) {
    }

    /** A confirmation the portal answered 200, with the status it said the registration has. */
    public record Confirmed(long seminarId, String email, String status) {
    }

    /** One confirmation request, from sending to the whole answer read, in {@link System#nanoTime()}. */
    public record Timing(long startNanos, long endNanos) {

        public long nanos() {
            return endNanos - startNanos;
        }
    }

    /** What a storm got. Filled while it runs; safe to read from any thread. */
    public static final class Result {

        public final Queue<Registered> registered = new ConcurrentLinkedQueue<>();
        public final Queue<Confirmed> confirmed = new ConcurrentLinkedQueue<>();
        public final Queue<Timing> confirmTimings = new ConcurrentLinkedQueue<>();
        /** Requests that got no acknowledgement: another status, an I/O error, or no mail in time. */
        public final AtomicInteger failures = new AtomicInteger();
        /** The first few failures, for the report. */
        public final Queue<String> failureSamples = new ConcurrentLinkedQueue<>();

        void fail(String what) {
            if (failures.incrementAndGet() <= 10) {
                failureSamples.add(what);
            }
        }
    }

    private final String root;
    private final StormMail mail;
    private final Duration mailWait;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String runTag = UUID.randomUUID().toString().substring(0, 8);
    private volatile boolean stopped;

    /**
     * @param root     the portal's address, such as {@code http://localhost:8080}
     * @param mailWait how long a client waits for its confirmation mail before it gives up
     */
    public StormClient(URI root, StormMail mail, Duration mailWait) {
        this.root = root.toString().replaceAll("/$", "");
        this.mail = mail;
        this.mailWait = mailWait;
    }

    /** Runs the storm over the seminars and returns what it got; {@code inFlight} seminars at a time. */
    public Result run(List<Long> seminars, int people, int inFlight) throws InterruptedException {
        return run(seminars, people, inFlight, new Result());
    }

    /** {@link #run(List, int, int)} into {@code result}, which another thread may watch while it fills. */
    public Result run(List<Long> seminars, int people, int inFlight, Result result) throws InterruptedException {
        Semaphore slots = new Semaphore(inFlight);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (long seminar : seminars) {
                slots.acquire();
                if (stopped) {
                    slots.release();
                    break;
                }
                running.add(threads.submit(() -> {
                    try {
                        seminar(seminar, people, result, threads);
                    } finally {
                        slots.release();
                    }
                    return null;
                }));
            }
            for (Future<?> seminar : running) {
                try {
                    seminar.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a storm thread failed", e.getCause());
                }
            }
        }
        return result;
    }

    /** Makes every client give up at its next step, for a portal that was killed. */
    public void stop() {
        stopped = true;
    }

    /** The address of person {@code i} registering for {@code seminar} in this run. */
    public String email(long seminar, int i) {
        return "s" + seminar + "-p" + i + "@" + runTag + ".storm.example";
    }

    private void seminar(long seminar, int people, Result result, ExecutorService threads) throws Exception {
        Phaser together = new Phaser(people);
        List<Future<?>> clients = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            String email = email(seminar, i);
            int person = i;
            clients.add(threads.submit(() -> {
                try {
                    person(seminar, person, email, together, result);
                } finally {
                    together.arriveAndDeregister();
                }
                return null;
            }));
        }
        for (Future<?> client : clients) {
            client.get();
        }
    }

    /** One person: register, wait for the mail, confirm together with everyone else who got theirs. */
    private void person(long seminar, int i, String email, Phaser together, Result result) throws Exception {
        together.arriveAndAwaitAdvance();
        if (stopped) {
            return;
        }
        var registration = post("/api/seminars/" + seminar + "/registrations", registrationBody(i, email), result);
        if (registration == null) {
            return;
        }
        if (registration.statusCode() != 202) {
            result.fail("registration " + registration.statusCode() + ": " + registration.body());
            return;
        }
        result.registered.add(new Registered(seminar, email));
        String token = awaitToken(email, result);
        if (token == null) {
            return;
        }
        together.arriveAndAwaitAdvance();
        if (stopped) {
            return;
        }
        long start = System.nanoTime();
        var confirmation = post("/api/registrations/confirmations", "{\"token\":\"" + token + "\"}", result);
        long end = System.nanoTime();
        if (confirmation == null) {
            return;
        }
        if (confirmation.statusCode() != 200) {
            result.fail("confirmation " + confirmation.statusCode() + ": " + confirmation.body());
            return;
        }
        result.confirmTimings.add(new Timing(start, end));
        result.confirmed.add(new Confirmed(seminar, email,
                JSON.readTree(confirmation.body()).get("status").asString()));
    }

    private String awaitToken(String email, Result result) throws InterruptedException {
        long deadline = System.nanoTime() + mailWait.toNanos();
        var token = mail.confirmToken(email);
        while (!stopped && System.nanoTime() < deadline) {
            try {
                return token.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException notYet) {
                // look at the stop flag, then wait on
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }
        if (!stopped) {
            result.fail("no confirmation mail to " + email + " within " + mailWait);
        }
        return null;
    }

    /** The answer, or null (counted as a failure) when there was none, as happens to a killed portal. */
    private HttpResponse<String> post(String path, String json, Result result) throws InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(root + path)).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json").header("Accept-Language", "ru")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            result.fail(path + ": " + e);
            return null;
        }
    }

    private static String registrationBody(int i, String email) {
        return """
                {"fullName":"Участник %s","email":"%s","organisation":"Адам құқықтары жөніндегі ҮЕҰ",\
                "position":"Мониторинг маманы","region":"KARAGANDA","language":"ru","consentProcessing":true,\
                "consentListing":false}""".formatted(surname(i), email);
    }

    /** A name of letters only, as the portal wants names: 0 → Аа, 1 → Аб, … */
    private static String surname(int i) {
        String letters = "абвгдежзиклмнопрстуфхцчшщэюя";
        StringBuilder name = new StringBuilder();
        for (int n = i; n > 0 || name.isEmpty(); n /= letters.length()) {
            name.insert(0, letters.charAt(n % letters.length()));
        }
        return "А" + name;
    }

    @Override
    public void close() {
        stop();
        http.close();
    }
}
