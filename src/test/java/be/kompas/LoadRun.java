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
import org.springframework.jdbc.core.simple.JdbcClient;

import be.kompas.demo.DemoLogins;

/**
 * The load test: not part of {@code mvn verify} (its name matches no test pattern), run on its own with
 * <pre>mvn -B -o test -Dtest=LoadRun -Dsurefire.failIfNoSpecifiedTests=false [-Dload.users=100]
 *     [-Dload.seconds=60] [-Dload.warmup=15] [-Dload.staff=2000] [-Dload.complaints=1000000]
 *     [-Dload.advice=5000] [-Dload.force=100000] [-Dload.dataDir=DIR]</pre>
 * It starts Kompas, adds the staff through the API and a large zone's records in bulk (copies of demo records with
 * their own references and dates spread over ten years), signs each virtual user in (an integrity coordinator, a
 * customer coordinator or a coach facilitator, in turn), and lets them browse their main pages and API calls with
 * about one second of think time for a fixed time after a warm-up. It reports p50/p95/p99 latency and errors per
 * request, the load average and the CPU time per request in {@code target/load-report.txt}, and fails on any error.
 * With {@code load.dataDir} the database is kept, and a later run seeds only what is missing.
 */
class LoadRun {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final String PASSWORD = "test-password-123";

    @TempDir
    Path tempDir;

    @Test
    void measuresTheMainPagesUnderLoad() throws Exception {
        int users = Integer.getInteger("load.users", 100);
        int seconds = Integer.getInteger("load.seconds", 60);
        // The first seconds of browsing warm the JIT and the caches up; they are not measured (errors still count).
        int warmup = Integer.getInteger("load.warmup", 15);
        int staff = Integer.getInteger("load.staff", 2000);
        int complaints = Integer.getInteger("load.complaints", 1_000_000);
        int advice = Integer.getInteger("load.advice", 5_000);
        int force = Integer.getInteger("load.force", 100_000);
        // -Dload.dataDir=DIR keeps the database between runs: each part of the large zone is added once, and later
        // runs with the same sizes start browsing at once.
        String keptDir = System.getProperty("load.dataDir", "");
        Path dataDir = keptDir.isBlank() ? tempDir : Path.of(keptDir).toAbsolutePath();
        String loadBefore = loadAverage();
        try (var app = new SpringApplicationBuilder(KompasApplication.class).run("--spring.profiles.active=test",
                "--server.port=0", "--kompas.data-dir=" + dataDir, "--kompas.scheduling.enabled=false",
                "--logging.level.be.kompas=WARN", "--server.tomcat.threads.max=" + Math.max(200, users))) {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            var logins = app.getBean(DemoLogins.class);
            var bulk = new LargeZone(app.getBean(JdbcClient.class));
            long seeding = System.nanoTime();
            var seeded = new ArrayList<String>();
            String chief = "Bearer " + logins.byUsername("demo.chief").orElseThrow().apiToken();
            var api = HttpClient.newHttpClient();
            if (bulk.loadStaffIds().size() < staff) {
                var unit = ID.matcher(send(api, get(base, "/api/v1/units", chief)).body());
                assertThat(unit.find()).isTrue();
                addStaff(api, base, chief, unit.group(1), staff);
                seeded.add("staff");
            }
            if (bulk.rows("complaint") < complaints) {
                bulk.copy("complaint", complaints, Map.of("reference", "'LD-' || g", "received_on",
                        "current_date - g % 3650", "acknowledge_due", "current_date - g % 3650 + 10", "answer_due",
                        "current_date - g % 3650 + 42", "status",
                        "case when g % 100 = 0 then 'RECEIVED' else 'CLOSED' end", "duplicate_of", "null"));
                seeded.add("complaints");
            }
            if (bulk.rows("advice_report") < advice) {
                // The demo data has no Advice Point report to copy: submit one as a reporter would.
                var submitted = send(api, HttpRequest.newBuilder(URI.create(base + "/api/v1/public/advice/demo"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                                {"kind": "QUESTION", "category": "gifts", "text": "May I accept a bottle of wine?",
                                 "name": "load-run-reporter", "passphrase": "a long load-run passphrase"}""")));
                assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
                bulk.copy("advice_report", advice, Map.of("reference", "'LD-' || g", "received_on",
                        "current_date - g % 1800", "lookup_tag", "null"));
                seeded.add("advice reports");
            }
            if (bulk.rows("force_report") < force) {
                bulk.copy("force_report", force, Map.of("occurred_on", "current_date - g % 3650"));
                seeded.add("use-of-force reports");
            }
            String seedingTime = seeded.isEmpty() ? "none needed, data kept in " + dataDir
                    : "%s in %d s".formatted(String.join(", ", seeded),
                            TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - seeding));
            List<String> ids = bulk.loadStaffIds();
            // The seeded copies all look alike; the demo's own complaints have no look-alike among them, the
            // duplicate check's longest search. Both are opened.
            List<String> complaintIds = new ArrayList<>(bulk.sampleIds("complaint", 2_000));
            complaintIds.addAll(bulk.demoComplaintIds());
            List<String> forceIds = bulk.sampleIds("force_report", 2_000);

            var roles = List.of("demo.coordinator", "demo.customer", "demo.facilitator");
            List<Browser> browsers = new ArrayList<>();
            for (int u = 0; u < users; u++) {
                String username = roles.get(u % roles.size());
                browsers.add(new Browser(username, HttpSignIn.signedIn(base, username, PASSWORD),
                        "Bearer " + logins.byUsername(username).orElseThrow().apiToken()));
            }
            Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
            Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
            long measureFrom = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmup);
            long end = measureFrom + TimeUnit.SECONDS.toNanos(seconds);
            ExecutorService pool = Executors.newFixedThreadPool(users);
            var targets = new Targets(ids, complaintIds, forceIds);
            for (Browser browser : browsers) {
                pool.submit(() -> {
                    try {
                        browse(browser, base, targets, measureFrom, end, latencies, errors);
                    }
                    catch (RuntimeException e) {
                        errors.computeIfAbsent("virtual user " + e, k -> new AtomicInteger()).incrementAndGet();
                    }
                });
            }
            pool.shutdown();
            TimeUnit.NANOSECONDS.sleep(Math.max(0, measureFrom - System.nanoTime()));
            long cpuBefore = processCpuNanos();
            String loadAtStart = loadAverage();
            assertThat(pool.awaitTermination(warmup + seconds + 60L, TimeUnit.SECONDS)).isTrue();
            long cpu = processCpuNanos() - cpuBefore;
            int requests = latencies.values().stream().mapToInt(ConcurrentLinkedQueue::size).sum();

            String report = report("%d users, %d s measured after %d s of warm-up, %d extra staff members, %d"
                    .formatted(users, seconds, warmup, staff, complaints) + " complaints, " + advice
                    + " advice reports, " + force + " use-of-force reports"
                    + "\nseeding: " + seedingTime + "\nload average before the start: " + loadBefore
                    + ", when measuring starts: " + loadAtStart + ", after: "
                    + loadAverage() + " (" + Runtime.getRuntime().availableProcessors() + " cores)"
                    + "\nCPU of this JVM (Kompas and the driver, not PostgreSQL) while measuring: %.1f s, %.1f ms a"
                            .formatted(cpu / 1e9, requests == 0 ? 0 : cpu / 1e6 / requests) + " request", latencies,
                    errors);
            System.out.println(report);
            Files.writeString(Path.of("target", "load-report.txt"), report);
            assertThat(errors.values().stream().mapToInt(AtomicInteger::get).sum()).as(report).isZero();
        }
    }

    /** The CPU time this JVM has used, all threads together. */
    private static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean bean ? bean.getProcessCpuTime() : 0;
    }

    /** The load average of the last 1, 5 and 15 minutes, as {@code uptime} shows it. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        }
        catch (Exception e) {
            return "%.2f".formatted(java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage());
        }
    }

    private static void addStaff(HttpClient api, String base, String chief, String unit, int count)
            throws Exception {
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
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                return null;
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.MINUTES)).isTrue();
    }

    /** A signed-in virtual user, with the API token of the same account. */
    private record Browser(String username, HttpClient client, String token) {
    }

    /** Records to open, picked at random. */
    private record Targets(List<String> staff, List<String> complaints, List<String> force) {
    }

    /** One virtual user: a random page or call of their role, then 0.5 to 1.5 seconds of thinking, until the end. */
    private static void browse(Browser browser, String base, Targets targets, long measureFrom, long end,
            Map<String, ConcurrentLinkedQueue<Long>> latencies, Map<String, AtomicInteger> errors) {
        var random = ThreadLocalRandom.current();
        var api = HttpClient.newHttpClient();
        while (System.nanoTime() < end) {
            Request request = next(browser, base, targets, random);
            long start = System.nanoTime();
            String outcome;
            try {
                outcome = Integer.toString(send(request.api() ? api : browser.client(), request.builder()).statusCode());
            }
            catch (IllegalStateException e) {
                outcome = e.getCause().getClass().getSimpleName();
            }
            if (start >= measureFrom) {
                latencies.computeIfAbsent(request.name(), k -> new ConcurrentLinkedQueue<>())
                        .add(System.nanoTime() - start);
            }
            if (!outcome.equals("200")) {
                errors.computeIfAbsent(request.name() + " " + outcome, k -> new AtomicInteger()).incrementAndGet();
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

    private record Request(String name, HttpRequest.Builder builder, boolean api) {

        static Request page(String name, String url) {
            return new Request(name, HttpRequest.newBuilder(URI.create(url)), false);
        }

        static Request api(String name, String url, String token) {
            return new Request(name, get(url, "", token), true);
        }
    }

    private static Request next(Browser browser, String base, Targets targets, ThreadLocalRandom random) {
        String staffId = targets.staff().get(random.nextInt(targets.staff().size()));
        String complaintId = targets.complaints().get(random.nextInt(targets.complaints().size()));
        String forceId = targets.force().get(random.nextInt(targets.force().size()));
        int page = random.nextInt(20);
        return switch (browser.username()) {
            case "demo.customer" -> switch (random.nextInt(6)) {
                case 0 -> Request.page("page complaints inbox", base + "/complaints?page=" + page);
                case 1 -> Request.page("page complaints filtered", base + "/complaints?status=CLOSED&from="
                        + (2017 + random.nextInt(9)) + "-01-01&page=" + page);
                case 2 -> Request.page("page complaint", base + "/complaints/" + complaintId);
                case 3 -> Request.api("api complaints list", base + "/api/v1/complaints?page=" + page,
                        browser.token());
                case 4 -> Request.api("api complaint", base + "/api/v1/complaints/" + complaintId, browser.token());
                default -> Request.page("page /", base + "/");
            };
            case "demo.facilitator" -> random.nextBoolean() ? Request.page("page advice board", base + "/advice")
                    : Request.page("page /", base + "/");
            default -> switch (random.nextInt(9)) {
                case 0 -> Request.page("page /", base + "/");
                case 1 -> Request.page("page staff list", base + "/people/staff?page=" + page);
                case 2 -> Request.page("page staff search", base + "/people/staff?q=Load" + random.nextInt(2000));
                case 3 -> Request.page("page staff member", base + "/people/staff/" + staffId);
                case 4 -> Request.api("api staff list", base + "/api/v1/staff?page=" + page, browser.token());
                case 5 -> Request.api("api staff member", base + "/api/v1/staff/" + staffId, browser.token());
                case 6 -> Request.page("page force register", base + "/registers/force?page=" + page);
                case 7 -> Request.page("page force report", base + "/registers/force/" + forceId);
                default -> Request.api("api me", base + "/api/v1/me", browser.token());
            };
        };
    }

    /**
     * Fills the demo zone like a large one, fast: each table gets copies of one of its demo records, with a fresh id
     * and the given columns computed from the copy's number {@code g}.
     */
    private record LargeZone(JdbcClient jdbc) {

        void copy(String table, int count, Map<String, String> computed) {
            List<String> columns = jdbc.sql("""
                    select column_name from information_schema.columns
                     where table_schema = current_schema() and table_name = ? order by ordinal_position""")
                    .param(table).query(String.class).list();
            var values = new ArrayList<String>();
            for (String column : columns) {
                values.add(column.equals("id") ? "gen_random_uuid()" : computed.getOrDefault(column, "t." + column));
            }
            assertThat(jdbc.sql("select count(*) from " + table).query(Long.class).single())
                    .as("a " + table + " to copy").isPositive();
            for (int from = 1; from <= count; from += 100_000) {
                jdbc.sql("insert into " + table + " (" + String.join(", ", columns) + ") select "
                        + String.join(", ", values) + " from " + table + " t cross join generate_series(:from, :to) g"
                        + " where t.id = (select id from " + table + " order by id limit 1)")
                        .param("from", from).param("to", Math.min(count, from + 99_999)).update();
            }
            // As autovacuum would after such a load: statistics for the planner, and a visibility map that lets
            // counts read the indexes alone.
            jdbc.sql("vacuum analyze " + table).update();
        }

        long rows(String table) {
            return jdbc.sql("select count(*) from " + table).query(Long.class).single();
        }

        /** The staff members added through the API (personnel numbers L0, L1, ...). */
        List<String> loadStaffIds() {
            return jdbc.sql("select id::text from staff_member where personnel_number like 'L%'")
                    .query(String.class).list();
        }

        List<String> demoComplaintIds() {
            return jdbc.sql("""
                    select id::text from complaint where reference not like 'LD-%'
                       and organisation_id = (select organisation_id from complaint where reference = 'LD-1')""")
                    .query(String.class).list();
        }

        List<String> sampleIds(String table, int count) {
            return jdbc.sql("select id::text from " + table + " order by random() limit " + count)
                    .query(String.class).list();
        }
    }

    private static String report(String run, Map<String, ConcurrentLinkedQueue<Long>> latencies,
            Map<String, AtomicInteger> errors) {
        var out = new StringBuilder("Kompas load run: " + run + "\n");
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
