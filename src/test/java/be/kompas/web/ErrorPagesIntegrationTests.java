package be.kompas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;

import be.kompas.KompasServerTest;
import be.kompas.demo.DemoLogins;

/**
 * Error answers as the servlet container really sends them (MockMvc does not render error pages): bundle texts for
 * people, problem documents for programs, and nothing about the server's insides for anyone.
 */
@KompasServerTest
class ErrorPagesIntegrationTests {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    /** What a stack trace or an exception's name would leave in a page. */
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|\\bat (?:java|org|be)\\.|org\\.springframework|be\\.kompas\\.|trace",
            Pattern.CASE_INSENSITIVE);

    /** What Chromium asks for when it opens a page. */
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Value("${local.server.port}")
    int port;

    @Autowired
    DemoLogins logins;

    @Autowired
    MessageSource messages;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void unknownPageAnswersTheNotFoundPageFromTheBundle() throws Exception {
        signIn("demo.coordinator");

        var response = send(HttpRequest.newBuilder(uri("/no/such/page")).header("Accept", BROWSER_ACCEPT).GET());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        Locale dutch = Locale.forLanguageTag("nl");
        assertThat(response.body()).contains(messages.getMessage("error.404.title", null, dutch),
                messages.getMessage("error.404.text", null, dutch).replace("'", "&#39;"), "Ilse Wouters");
        assertThat(INTERNALS.matcher(response.body()).find()).as(response.body()).isFalse();
    }

    @Test
    void malformedJsonAnswersAProblemDocument() throws Exception {
        String token = logins.byUsername("demo.admin").orElseThrow().apiToken();

        var response = send(HttpRequest.newBuilder(uri("/api/v1/staff"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"surname\": \"Peeters\", ")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":400", "not valid JSON");
        assertThat(INTERNALS.matcher(response.body()).find()).as(response.body()).isFalse();
    }

    private void signIn(String username) throws IOException, InterruptedException {
        var form = send(HttpRequest.newBuilder(uri("/login")).GET()).body();
        var csrf = CSRF_FIELD.matcher(form);
        assertThat(csrf.find()).as("the sign-in form carries a CSRF token").isTrue();
        String body = "username=" + encode(username) + "&password="
                + encode(logins.byUsername(username).orElseThrow().password()) + "&_csrf=" + encode(csrf.group(1));
        var home = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(BodyPublishers.ofString(body)));
        assertThat(home.uri().getPath()).isEqualTo("/");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
