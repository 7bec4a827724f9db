package be.kompas.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.MessageSource;

import be.kompas.demo.DemoLogin;
import be.kompas.demo.DemoLogins;
import be.kompas.identity.internal.TotpCodes;

/**
 * Headless Chromium on the application, with the steps every path through Kompas starts with. Each step that loads a
 * page waits until the new page is there, so tests need no pauses.
 */
public final class Browser implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path profile;
    private final String baseUrl;
    private final DemoLogins logins;
    private final MessageSource messages;
    private final String testClass;
    private final Consumer<String> resetLanguage;

    private Browser(ChromeDriver driver, Path profile, String baseUrl, DemoLogins logins, MessageSource messages,
            String testClass, Consumer<String> resetLanguage) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, PATIENCE);
        this.profile = profile;
        this.baseUrl = baseUrl;
        this.logins = logins;
        this.messages = messages;
        this.testClass = testClass;
        this.resetLanguage = resetLanguage;
    }

    /**
     * Starts Debian's Chromium with its own driver: Selenium Manager must not download anything. Tests outside
     * {@link BrowserTest} (an application they start themselves) call {@link #requireChromium()} first and close it.
     *
     * @param resetLanguage sets a user's language back to their organisation's
     */
    public static Browser start(String baseUrl, DemoLogins logins, MessageSource messages, String testClass,
            Consumer<String> resetLanguage) {
        try {
            Path profile = Files.createTempDirectory("kompas-chromium-");
            var options = new ChromeOptions();
            options.setBinary(BrowserExtension.CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                    "--user-data-dir=" + profile.toAbsolutePath());
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(BrowserExtension.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            return new Browser(new ChromeDriver(service, options), profile, baseUrl, logins, messages, testClass,
                    resetLanguage);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Skips the calling test without Chromium, except on CI, where it fails. */
    public static void requireChromium() {
        BrowserExtension.requireChromium();
    }

    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /**
     * Signs a demo user in with their password and, when they have one, the current code of their second factor, in
     * their organisation's language whatever an earlier test chose on the shared demo account.
     */
    public Browser signIn(String username) {
        DemoLogin login = logins.byUsername(username).orElseThrow();
        resetLanguage.accept(username);
        enterPassword(username, login.password());
        if (!login.totpSecret().isEmpty()) {
            enterSecondFactor(TotpCodes.next(login.totpSecret()));
        }
        return this;
    }

    /** The first step of signing in: the login form alone. */
    public Browser enterPassword(String username, String password) {
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), password);
        return clickAndWait(By.id("sign-in"));
    }

    public Browser enterSecondFactor(String code) {
        type(By.id("code"), code);
        return clickAndWait(By.id("verify"));
    }

    public Browser signOut() {
        return clickAndWait(By.id("logout"));
    }

    /** Clicks a link or button that loads another page, and waits until that page replaced this one. */
    public Browser clickAndWait(By target) {
        WebElement page = driver.findElement(By.tagName("html"));
        // The element may still belong to a page that is being replaced: look it up again until the click lands.
        wait.until(d -> {
            try {
                WebElement element = d.findElement(target);
                if (!element.isDisplayed() || !element.isEnabled()) {
                    return false;
                }
                element.click();
                return true;
            }
            catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
            catch (org.openqa.selenium.WebDriverException e) {
                if (detached(e)) {
                    return false;
                }
                throw e;
            }
        });
        wait.until(d -> replaced(page));
        wait.until(d -> "complete".equals(driver.executeScript("return document.readyState")));
        return this;
    }

    /** Chromium reports an element of a page that was just replaced either as stale or as a foreign node. */
    private static boolean detached(org.openqa.selenium.WebDriverException e) {
        return e instanceof org.openqa.selenium.StaleElementReferenceException
                || String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    private static boolean replaced(WebElement page) {
        try {
            page.isEnabled();
            return false;
        }
        catch (org.openqa.selenium.WebDriverException e) {
            if (detached(e)) {
                return true;
            }
            throw e;
        }
    }

    public String text(By target) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(target)).getText();
    }

    /** A text from the bundles, to compare with what a page shows. */
    public String message(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    public String heading() {
        return text(By.tagName("h1"));
    }

    public String pageText() {
        return text(By.tagName("body"));
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    public boolean has(By target) {
        return !driver.findElements(target).isEmpty();
    }

    /** The session cookie's value, to see that it changes at each step of signing in. */
    public String sessionId() {
        var cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? "" : cookie.getValue();
    }

    /** The value of one of the browser's cookies for this site, or an empty string. */
    public String cookie(String name) {
        var cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? "" : cookie.getValue();
    }

    /** The whole address of the current page, host included. */
    public String url() {
        return driver.getCurrentUrl();
    }

    /** The path and query of the current page. */
    public String location() {
        URI uri = URI.create(driver.getCurrentUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** Sets the window to a given size, e.g. a phone's 390 px width. */
    public Browser resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        return this;
    }

    /** The elements that stick out of the window on the right, which make a page scroll sideways. */
    @SuppressWarnings("unchecked")
    public java.util.List<String> overflowing() {
        return (java.util.List<String>) driver.executeScript("""
                const width = document.documentElement.clientWidth;
                return [...document.querySelectorAll('body *')]
                  .filter(e => e.getBoundingClientRect().right > width + 1)
                  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : ''));
                """);
    }

    /** Saves what the browser shows as {@code target/screenshots/<TestClass>-<name>.png}, for reviewers. */
    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(testClass + "-" + name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets the session, so that each test starts signed out. */
    void signedOut() {
        if (driver.getCurrentUrl().startsWith(baseUrl)) {
            driver.manage().deleteAllCookies();
        }
    }

    /** Types into a text field, text area or file input (a file input takes an absolute path). */
    public Browser type(By field, String text) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(field));
        if (!"file".equals(input.getAttribute("type"))) {
            input.clear();
        }
        input.sendKeys(text);
        return this;
    }

    /** Chooses an option of a select box by its value. */
    public Browser select(By field, String value) {
        new org.openqa.selenium.support.ui.Select(wait.until(ExpectedConditions.visibilityOfElementLocated(field)))
                .selectByValue(value);
        return this;
    }

    /** Ticks or clears a checkbox or radio button. */
    public Browser check(By field) {
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(field));
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
