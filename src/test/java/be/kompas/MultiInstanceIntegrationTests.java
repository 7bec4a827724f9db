package be.kompas;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import be.kompas.core.crypto.Crypto;
import be.kompas.core.crypto.SessionSecrets;
import be.kompas.identity.internal.UserKeyService;

import be.kompas.storage.JobLocks;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Two Kompas processes behind a load balancer, as two web applications in this JVM on one external PostgreSQL: a
 * session started on one is valid on the other, keys unlocked in it never sit in the database in clear, and a job that
 * both fire runs once.
 */
class MultiInstanceIntegrationTests {

    @TempDir
    static Path dataDir;

    static EmbeddedPostgres database;
    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        database = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("external")).setCleanDataDirectory(true)
                .setPort(0).start();
        // One after the other, so that only the first loads the demo data.
        first = start("first");
        second = start("second");
    }

    private static ConfigurableApplicationContext start(String name) {
        return new SpringApplicationBuilder(KompasApplication.class).run("--spring.profiles.active=test",
                "--server.port=0", "--kompas.data-dir=" + dataDir.resolve(name), "--kompas.sessions.jdbc=true",
                "--kompas.scheduling.enabled=false",
                "--spring.datasource.url=jdbc:postgresql://localhost:" + database.getPort() + "/postgres",
                "--spring.datasource.username=postgres");
    }

    @AfterAll
    static void stop() throws Exception {
        second.close();
        first.close();
        database.close();
    }

    @Test
    void aSessionStartedOnOneInstanceIsValidOnTheOther() throws Exception {
        var browser = HttpSignIn.signedIn(url(first, "").toString(), "demo.coordinator", "test-password-123");

        var home = browser.send(HttpRequest.newBuilder(url(second, "/")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("PZ Demostad").doesNotContain("id=\"password\"");
    }

    @Test
    void aJobThatBothInstancesFireAtOnceRunsOnce() {
        var runs = new AtomicInteger();
        var fromFirst = CompletableFuture.supplyAsync(() -> first.getBean(JobLocks.class)
                .runOnce("test.both-fire", Duration.ofMinutes(5), runs::incrementAndGet));
        var fromSecond = CompletableFuture.supplyAsync(() -> second.getBean(JobLocks.class)
                .runOnce("test.both-fire", Duration.ofMinutes(5), runs::incrementAndGet));

        assertThat(fromFirst.join() ^ fromSecond.join()).isTrue();
        assertThat(runs).hasValue(1);
        assertThat(second.getBean(JobLocks.class).runOnce("test.both-fire", Duration.ofMinutes(5),
                runs::incrementAndGet)).isFalse();
    }

    /**
     * Sessions in the database hold key material only sealed under the browser's {@code KOMPAS_KEYS} cookie: after a
     * facilitator opened a report and a reporter opened theirs, every byte of {@code spring_session_attributes}
     * contains neither the private key nor the report key nor the wrapping key, and the same sessions without the
     * cookie (what a database reader can rebuild) read nothing.
     */
    @Test
    void keysInSessionsStoredInTheDatabaseOpenOnlyWithTheBrowsersCookie() throws Exception {
        var jdbc = first.getBean(JdbcClient.class);
        String name = "sealed-" + UUID.randomUUID().toString().substring(0, 8);
        String text = "Sealed session question " + UUID.randomUUID();
        var created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url(first, "/api/v1/public/advice/demo"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"kind\":\"QUESTION\",\"category\":\"gifts\",\"text\":\"%s\",\"name\":\"%s\",\"passphrase\":\"%s\"}"
                                .formatted(text, name, PASSPHRASE))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        UUID reportId = jdbc.sql("select id from advice_report where reference = ?")
                .param(created.body().replaceAll(".*\"reference\":\"([^\"]+)\".*", "$1")).query(UUID.class).single();
        UUID facilitatorId = jdbc.sql("select id from app_user where username = 'demo.facilitator'")
                .query(UUID.class).single();
        byte[] privateKey = first.getBean(UserKeyService.class).unlock(facilitatorId, "test-password-123")
                .orElseThrow().privateKey();
        byte[] reportKey = first.getBean(Crypto.class).open(privateKey, jdbc.sql(
                "select wrapped_key from advice_report_key where report_id = ? and user_id = ?")
                .param(reportId).param(facilitatorId).query(byte[].class).single());

        // The facilitator signs in on one instance and reads on the other.
        var facilitator = HttpSignIn.signedIn(url(first, "").toString(), "demo.facilitator", "test-password-123");
        assertThat(get(facilitator, url(second, "/advice/" + reportId)).body()).contains(text);
        // The reporter opens their report on one instance and reads it on the other.
        var reporter = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        var csrf = CSRF.matcher(get(reporter, url(first, "/public/advice/demo/login")).body());
        assertThat(csrf.find()).isTrue();
        String sessionBefore = cookie(reporter, "SESSION").getValue();
        var login = reporter.send(HttpRequest.newBuilder(url(first, "/public/advice/demo/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=" + name + "&passphrase="
                        + URLEncoder.encode(PASSPHRASE, StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/public/advice/demo/report"));
        // Signing in gave the session in the database a new id; the open report followed it.
        assertThat(cookie(reporter, "SESSION").getValue()).isNotEqualTo(sessionBefore);
        assertThat(get(reporter, url(second, "/public/advice/demo/report")).body()).contains(text);

        // Everything the database holds about these sessions.
        var hex = HexFormat.of();
        String stored = jdbc.sql("select attribute_name, attribute_bytes from spring_session_attributes")
                .query((rs, n) -> rs.getString(1) + ":" + hex.formatHex(rs.getBytes(2))).list().stream()
                .collect(Collectors.joining("\n"));
        assertThat(stored).contains("be.kompas.sealed.");
        assertThat(stored).doesNotContain(hex.formatHex(privateKey)).doesNotContain(hex.formatHex(reportKey))
                .doesNotContain(hex.formatHex(uuidBytes(reportId)));
        for (var browser : List.of(facilitator, reporter)) {
            assertThat(stored).doesNotContain(hex.formatHex(Base64.getUrlDecoder().decode(cookie(browser,
                    SessionSecrets.COOKIE).getValue())));
        }

        // The same sessions without the browser's key: still signed in, but nothing opens.
        var facilitatorWithoutKey = withoutKeysCookie(facilitator);
        var page = get(facilitatorWithoutKey, url(second, "/advice/" + reportId));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"no-key\"").doesNotContain(text);
        var reporterWithoutKey = get(withoutKeysCookie(reporter), url(second, "/public/advice/demo/report"));
        assertThat(reporterWithoutKey.statusCode()).isEqualTo(302);
        assertThat(reporterWithoutKey.body()).doesNotContain(text);
        // With it, both still read.
        assertThat(get(facilitator, url(first, "/advice/" + reportId)).body()).contains(text);
        assertThat(get(reporter, url(first, "/public/advice/demo/report")).body()).contains(text);
    }

    /**
     * Logout expires the cookie that carries the session in the database ({@code SESSION}), not only JSESSIONID.
     * (Spring Session expires it too when the session is invalidated; the logout handler names it in any case, which
     * {@code LoginIntegrationTests.logsOut} checks without Spring Session.)
     */
    @Test
    void logoutExpiresTheSessionCookieOfSessionsInTheDatabase() throws Exception {
        var browser = HttpSignIn.signedIn(url(first, "").toString(), "demo.coordinator", "test-password-123");
        String session = cookie(browser, "SESSION").getValue();
        var csrf = CSRF.matcher(get(browser, url(first, "/")).body());
        assertThat(csrf.find()).isTrue();

        var logout = browser.send(HttpRequest.newBuilder(url(first, "/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers
                        .ofString("_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?logout"));
        assertThat(logout.headers().allValues("Set-Cookie")).anySatisfy(header -> assertThat(header)
                .startsWith("SESSION=;").containsIgnoringCase("Max-Age=0"));
        assertThat(((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies())
                .noneMatch(cookie -> cookie.getName().equals("SESSION"));
        // The old id opens nothing on either instance.
        var replay = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        var home = replay.send(HttpRequest.newBuilder(url(second, "/")).header("Cookie", "SESSION=" + session)
                .build(), HttpResponse.BodyHandlers.discarding());
        assertThat(home.statusCode()).isEqualTo(302);
    }

    private static final String PASSPHRASE = "a long passphrase for the test";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static HttpResponse<String> get(HttpClient browser, URI uri) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpCookie cookie(HttpClient browser, String name) {
        return ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name)).findFirst().orElseThrow();
    }

    /** A browser with the same session cookie but not the key-wrapping one: what a database reader can rebuild. */
    private static HttpClient withoutKeysCookie(HttpClient browser) {
        var manager = new CookieManager();
        ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(cookie -> !cookie.getName().equals(SessionSecrets.COOKIE))
                .forEach(cookie -> manager.getCookieStore().add(URI.create("http://localhost/"), cookie));
        return HttpClient.newBuilder().cookieHandler(manager).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static byte[] uuidBytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .array();
    }

    private static URI url(ConfigurableApplicationContext instance, String path) {
        return URI.create("http://localhost:" + instance.getEnvironment().getProperty("local.server.port") + path);
    }
}
