package be.kompas;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** A browser-like HTTP client signed in through Kompas' login form (users without a second factor). */
final class HttpSignIn {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private HttpSignIn() {
    }

    /** The client keeps the session cookie; like a browser, it sends localhost's cookies to any port. */
    static HttpClient signedIn(String baseUrl, String username, String password) throws Exception {
        var browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = browser.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var csrf = CSRF.matcher(loginPage);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        String form = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        var login = browser.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Sign-in of " + username + " refused: " + login.statusCode() + " "
                    + location);
        }
        return browser;
    }
}
