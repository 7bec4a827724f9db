package be.kompas;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

import be.kompas.demo.DemoLogins;

/**
 * The load test: not part of {@code mvn verify} (its name matches no test pattern), run on its own with
 * <pre>mvn -B -o test -Dtest=LoadRun -Dsurefire.failIfNoSpecifiedTests=false [-Dload.users=100]
 *     [-Dload.seconds=60] [-Dload.staff=2000]</pre>
 * It starts Kompas, adds the staff through the API, signs each virtual user in, and lets them browse the main pages
 * and API calls with about one second of think time for a fixed time. It reports p50/p95/p99 latency and errors per
 * request in {@code target/load-report.txt}, and fails on any error.
 */
class LoadRun {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final String PASSWORD = "test-password-123";

    @TempDir
    Path dataDir;

    @Test
    void measuresTheMainPagesUnderLoad() throws Exception {
        int users = Integer.getInteger("load.users", 100);
        int seconds = Integer.getInteger("load.seconds", 60);
        int staff = Integer.getInteger("load.staff", 2000);
        try (var app = new SpringApplicationBuilder(KompasApplication.class).run("--spring.profiles.active=test",
                "--server.port=0", "--kompas.data-dir=" + dataDir, "--kompas.scheduling.enabled=false",
                "--logging.level.be.kompas=WARN", "--server.tomcat.threads.max=" + Math.max(200, users))) {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            var logins = app.getBean(DemoLogins.class);
            String chief = "Bearer " + logins.byUsername("demo.chief").orElseThrow().apiToken();
            String reader = "Bearer " + logins.byUsername("demo.coordinator").orElseThrow().apiToken();
            var api = HttpClient.newHttpClient();
            var unit = ID.matcher(send(api, get(base, "/api/v1/units", chief)).body());
            assertThat(unit.find()).isTrue();
            List<String> ids = addStaff(api, base, chief, unit.group(1), staff);

            List<HttpClient> browsers = new ArrayList<>();
            for (int u = 0; u < users; u++) {
                browsers.add(HttpSignIn.signedIn(base, "demo.coordinator", PASSWORD));
            }
            Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
            Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            ExecutorService pool = Executors.newFixedThreadPool(users);
            for (HttpClient browser : browsers) {
                pool.submit(() -> browse(browser, base, reader, ids, end, latencies, errors));
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS)).isTrue();

            String report = report(users, seconds, staff, latencies, errors);
            System.out.println(report);
            Files.writeString(Path.of("target", "load-report.txt"), report);
            assertThat(errors.values().stream().mapToInt(AtomicInteger::get).sum()).as(report).isZero();
        }
    }

    private static List<String> addStaff(HttpClient api, String base, String chief, String unit, int count)
            throws Exception {
        var ids = new ConcurrentLinkedQueue<String>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int n = 0; n < count; n++) {
            String number = "L" + n;
            pool.submit(() -> {
                var created = send(api, HttpRequest.newBuilder(URI.create(base + "/api/v1/staff"))
                        .header("Authorization", chief).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("""
                                {"personnelNumber": "%s", "surname": "Load%s", "givenName": "Test",
                                 "grade": "inspecteur", "unit": "%s", "employmentKind": "PERMANENT",
                                 "entryDate": "2020-01-01"}""".formatted(number, number, unit))));
                var id = ID.matcher(created.body());
                if (created.statusCode() == 201 && id.find()) {
                    ids.add(id.group(1));
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        return List.copyOf(ids);
    }

    /** One virtual user: a random page or call, then 0.5 to 1.5 seconds of thinking, until the end. */
    private static void browse(HttpClient browser, String base, String token, List<String> ids, long end,
            Map<String, ConcurrentLinkedQueue<Long>> latencies, Map<String, AtomicInteger> errors) {
        var random = ThreadLocalRandom.current();
        var api = HttpClient.newHttpClient();
        while (System.nanoTime() < end) {
            String staffId = ids.get(random.nextInt(ids.size()));
            int pick = random.nextInt(7);
            String name = List.of("page /", "page staff list", "page staff search", "page staff member",
                    "api staff list", "api staff member", "api me").get(pick);
            HttpRequest.Builder request = switch (pick) {
                case 0 -> HttpRequest.newBuilder(URI.create(base + "/"));
                case 1 -> HttpRequest.newBuilder(URI.create(base + "/people/staff?page=" + random.nextInt(20)));
                case 2 -> HttpRequest.newBuilder(URI.create(base + "/people/staff?q=Load" + random.nextInt(2000)));
                case 3 -> HttpRequest.newBuilder(URI.create(base + "/people/staff/" + staffId));
                case 4 -> get(base, "/api/v1/staff?page=" + random.nextInt(20), token);
                case 5 -> get(base, "/api/v1/staff/" + staffId, token);
                default -> get(base, "/api/v1/me", token);
            };
            long start = System.nanoTime();
            String outcome;
            try {
                outcome = Integer.toString(send(pick < 4 ? browser : api, request).statusCode());
            }
            catch (IllegalStateException e) {
                outcome = e.getCause().getClass().getSimpleName();
            }
            latencies.computeIfAbsent(name, k -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - start);
            if (!outcome.equals("200")) {
                errors.computeIfAbsent(name + " " + outcome, k -> new AtomicInteger()).incrementAndGet();
            }
            try {
                Thread.sleep(500 + random.nextInt(1000));
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static String report(int users, int seconds, int staff, Map<String, ConcurrentLinkedQueue<Long>> latencies,
            Map<String, AtomicInteger> errors) {
        var out = new StringBuilder("Kompas load run: %d users, %d s, %d extra staff members%n".formatted(users,
                seconds, staff));
        out.append("%-22s %8s %8s %8s %8s%n".formatted("request", "count", "p50 ms", "p95 ms", "p99 ms"));
        var all = new ArrayList<Long>();
        new TreeMap<>(latencies).forEach((name, values) -> {
            all.addAll(values);
            out.append(line(name, new ArrayList<>(values)));
        });
        out.append(line("all", all));
        out.append("errors: ").append(errors.isEmpty() ? "none" : new TreeMap<>(errors)).append('\n');
        return out.toString();
    }

    private static String line(String name, List<Long> nanos) {
        nanos.sort(null);
        return "%-22s %8d %8.1f %8.1f %8.1f%n".formatted(name, nanos.size(), percentile(nanos, 50),
                percentile(nanos, 95), percentile(nanos, 99));
    }

    private static double percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }

    private static HttpRequest.Builder get(String base, String path, String token) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", token);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
