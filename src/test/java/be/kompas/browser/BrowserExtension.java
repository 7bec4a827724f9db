package be.kompas.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import be.kompas.demo.DemoLogins;

/**
 * Starts one {@link Browser} per test class once the application runs; the class-level store closes it after the
 * class. A failing test leaves a screenshot in {@code target/screenshots/}.
 */
class BrowserExtension implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback,
        ParameterResolver {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
            .create(BrowserExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        requireChromium();
        var application = SpringExtension.getApplicationContext(context);
        String port = application.getEnvironment().getRequiredProperty("local.server.port");
        context.getStore(NAMESPACE).put(Browser.class, Browser.start("http://localhost:" + port,
                application.getBean(DemoLogins.class), application.getBean(MessageSource.class),
                context.getRequiredTestClass().getSimpleName(), username -> application.getBean(JdbcClient.class)
                        .sql("update app_user set locale = null where username = ?").param(username).update()));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        browser(context).signedOut();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            browser(context).screenshot(context.getRequiredTestMethod().getName() + "-failed");
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return browser(context);
    }

    private static Browser browser(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(Browser.class, Browser.class);
    }

    /** A developer without Chromium may still run the rest of the suite; CI must run everything. */
    static void requireChromium() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String message = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian: apt-get install chromium chromium-driver).";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(message + " They are required on CI.");
        }
        System.err.println("""

                ************************************************************************
                  SKIPPING BROWSER TESTS: %s
                ************************************************************************
                """.formatted(message));
        Assumptions.abort(message);
    }
}
