package be.kompas.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import be.kompas.KompasServerTest;

/**
 * A test that drives Debian's headless Chromium against the running application: test methods take a
 * {@link Browser} parameter, one browser per test class, signed out before each test. Without Chromium the tests are
 * skipped, except on CI ({@code CI=true}) where they fail.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@KompasServerTest
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {
}
