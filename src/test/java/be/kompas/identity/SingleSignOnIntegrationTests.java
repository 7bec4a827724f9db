package be.kompas.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import be.kompas.KompasApplication;
import be.kompas.browser.Browser;
import be.kompas.demo.DemoLogins;
import oidc.TestIdentityProvider;

/**
 * Sign-in through a real OpenID Connect provider started by the test, driven over HTTP as a browser would: the
 * provider's login form, the redirect back, and Kompas' session afterwards.
 */
class SingleSignOnIntegrationTests {

    /** The hidden field of a login form, the provider's or Kompas'. */
    private static final Pattern FORM_CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern KOMPAS_CSRF = Pattern.compile("X-CSRF-TOKEN&quot;: &quot;([^&]+)&quot;");

    @TempDir
    static Path dataDir;

    static ConfigurableApplicationContext provider;
    static ConfigurableApplicationContext kompas;
    static String kompasUrl;
    static String providerUrl;

    @BeforeAll
    static void start() throws IOException {
        int providerPort = freePort();
        int kompasPort = freePort();
        kompasUrl = "http://localhost:" + kompasPort;
        providerUrl = "http://127.0.0.1:" + providerPort;
        provider = TestIdentityProvider.start(providerPort, kompasUrl);
        String registration = "--spring.security.oauth2.client.registration.sso.";
        kompas = new SpringApplicationBuilder(KompasApplication.class).run("--spring.profiles.active=test",
                "--server.port=" + kompasPort, "--kompas.data-dir=" + dataDir, "--kompas.embedded-db.port=0",
                "--kompas.sso.enabled=true", registration + "client-id=kompas",
                registration + "client-secret=" + TestIdentityProvider.CLIENT_SECRET,
                registration + "scope=openid,profile",
                "--spring.security.oauth2.client.provider.sso.issuer-uri=" + providerUrl);
    }

    @AfterAll
    static void stop() {
        kompas.close();
        provider.close();
    }

    @Test
    void signsInWithTheOrganisationAndRolesFromTheClaims() throws Exception {
        var browser = browser();
        var home = signIn(browser, "sso.anna");

        assertThat(home.uri().toString()).isEqualTo(kompasUrl + "/");
        assertThat(home.body()).contains("PZ Demostad").contains("Anna Provider");
        var jdbc = kompas.getBean(JdbcClient.class);
        assertThat(jdbc.sql("select o.code from app_user u join organisation o on o.id = u.organisation_id"
                + " where u.username = 'sso.anna'").query(String.class).single()).isEqualTo("demo");
        // A role that the organisation does not have is ignored.
        assertThat(jdbc.sql("select r.code from user_role ur join role r on r.id = ur.role_id join app_user u"
                + " on u.id = ur.user_id where u.username = 'sso.anna'").query(String.class).list())
                .containsExactly(Roles.INTEGRITY_COORDINATOR);
        assertThat(jdbc.sql("select count(*) from audit_entry where actor = 'sso.anna' and action = 'login.succeeded'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void withoutARolesClaimTheRolesAreThoseAssignedInKompas() throws Exception {
        var home = signIn(browser(), "sso.bert");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("PZ Demostad");
        assertThat(kompas.getBean(JdbcClient.class).sql("select count(*) from user_role ur join app_user u"
                + " on u.id = ur.user_id where u.username = 'sso.bert'").query(Long.class).single()).isZero();
    }

    @Test
    void refusesAUserWhoseOrganisationKompasDoesNotKnow() throws Exception {
        var browser = browser();
        var refused = signIn(browser, "sso.mallory");

        assertThat(refused.uri().toString()).isEqualTo(kompasUrl + "/login?refused");
        assertThat(send(browser, HttpRequest.newBuilder(URI.create(kompasUrl + "/"))).statusCode()).isEqualTo(302);
        var jdbc = kompas.getBean(JdbcClient.class);
        assertThat(jdbc.sql("select count(*) from app_user where username = 'sso.mallory'").query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where actor = 'sso.mallory' and action like 'login.%'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void logsOutOfKompasAndOfTheProvider() throws Exception {
        var browser = browser();
        assertThat(signIn(browser, "sso.anna").uri().toString()).isEqualTo(kompasUrl + "/");
        // While the provider's session lasts, it signs the user in again without asking.
        var silently = follow(browser, send(browser, HttpRequest.newBuilder(URI.create(kompasUrl
                + "/oauth2/authorization/sso"))));
        assertThat(silently.uri().toString()).isEqualTo(kompasUrl + "/");

        var loggedOut = logOut(browser, silently);

        String endSession = providerUrl + "/connect/logout?";
        assertThat(loggedOut.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .startsWith(endSession).contains("id_token_hint=")
                .endsWith("&post_logout_redirect_uri=" + kompasUrl + "/login?logout"));
        var backAtKompas = follow(browser, loggedOut);
        assertThat(backAtKompas.uri().toString()).isEqualTo(kompasUrl + "/login?logout");
        var again = send(browser, HttpRequest.newBuilder(URI.create(kompasUrl + "/")));
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        // The provider forgot the user as well: signing in again means its login form again.
        var providerLogin = follow(browser, send(browser, HttpRequest.newBuilder(URI.create(kompasUrl
                + "/oauth2/authorization/sso"))));
        assertThat(providerLogin.uri().toString()).startsWith(providerUrl + "/login");
        assertThat(providerLogin.body()).contains("name=\"password\"");
    }

    /** Chromium applies the Content Security Policy's form-action also to the redirect after the logout form. */
    @Test
    void aRealBrowserIsSentThroughTheProvidersLogoutAndMustSignInThereAgain() throws Exception {
        Browser.requireChromium();
        try (var browser = Browser.start(kompasUrl, kompas.getBean(DemoLogins.class),
                kompas.getBean(MessageSource.class), getClass().getSimpleName(), username -> {
                })) {
            browser.open("/login").clickAndWait(By.id("sso"));
            assertThat(browser.url()).startsWith(providerUrl + "/login");
            browser.type(By.id("username"), "sso.bert").type(By.id("password"), TestIdentityProvider.PASSWORD)
                    .clickAndWait(By.cssSelector("button[type=submit]"));
            assertThat(browser.url()).isEqualTo(kompasUrl + "/");

            browser.signOut();

            assertThat(browser.url()).isEqualTo(kompasUrl + "/login?logout");
            browser.clickAndWait(By.id("sso"));
            assertThat(browser.url()).startsWith(providerUrl + "/login");
            assertThat(browser.has(By.id("password"))).isTrue();
        }
    }

    @Test
    void aLocalAccountLogsOutOfKompasOnly() throws Exception {
        var browser = browser();
        var home = signInLocally(browser);

        var loggedOut = logOut(browser, home);

        assertThat(loggedOut.headers().firstValue("Location")).hasValue(kompasUrl + "/login?logout");
    }

    @Test
    void formsMaySendTheBrowserToTheProvidersLogoutOnly() throws Exception {
        var loginPage = send(browser(), HttpRequest.newBuilder(URI.create(kompasUrl + "/login")));

        assertThat(loginPage.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("form-action 'self' " + providerUrl + ";"));
    }

    @Test
    void localAccountsStillSignInWithTheirPasswordNextToTheProvider() throws Exception {
        var home = signInLocally(browser());

        assertThat(home.uri().toString()).isEqualTo(kompasUrl + "/");
        assertThat(home.body()).contains("PZ Demostad");
    }

    private static HttpResponse<String> signInLocally(HttpClient browser) throws Exception {
        var loginPage = send(browser, HttpRequest.newBuilder(URI.create(kompasUrl + "/login")));
        assertThat(loginPage.body()).contains("href=\"/oauth2/authorization/sso\"");
        var csrf = FORM_CSRF.matcher(loginPage.body());
        assertThat(csrf.find()).isTrue();
        String form = "username=demo.coordinator&password=test-password-123&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        return follow(browser, send(browser, HttpRequest.newBuilder(URI.create(kompasUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))));
    }

    /** Kompas' logout button, on a page of Kompas; answers the redirect, not followed. */
    private static HttpResponse<String> logOut(HttpClient browser, HttpResponse<String> page) throws Exception {
        var csrf = KOMPAS_CSRF.matcher(page.body());
        assertThat(csrf.find()).as(page.body()).isTrue();
        return send(browser, HttpRequest.newBuilder(URI.create(kompasUrl + "/logout"))
                .header("X-CSRF-TOKEN", csrf.group(1)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** From Kompas' "sign in with your organisation" link through the provider's form and back. */
    private static HttpResponse<String> signIn(HttpClient browser, String username) throws Exception {
        var providerLogin = follow(browser, send(browser,
                HttpRequest.newBuilder(URI.create(kompasUrl + "/oauth2/authorization/sso"))));
        var csrf = FORM_CSRF.matcher(providerLogin.body());
        assertThat(csrf.find()).as(providerLogin.body()).isTrue();
        String form = "username=" + username + "&password=" + TestIdentityProvider.PASSWORD + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        return follow(browser, send(browser, HttpRequest.newBuilder(providerLogin.uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))));
    }

    private static HttpResponse<String> follow(HttpClient browser, HttpResponse<String> response) throws Exception {
        HttpResponse<String> current = response;
        while (current.statusCode() / 100 == 3) {
            URI next = current.uri().resolve(current.headers().firstValue("Location").orElseThrow());
            current = send(browser, HttpRequest.newBuilder(next));
        }
        return current;
    }

    private static HttpResponse<String> send(HttpClient browser, HttpRequest.Builder request) throws Exception {
        return browser.send(request.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
