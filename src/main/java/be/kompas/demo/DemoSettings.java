package be.kompas.demo;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled load the demo organisations on the first start (when no organisation exists yet)
 * @param password one password for every demo user instead of random ones; for automated tests only
 */
@ConfigurationProperties("kompas.demo")
public record DemoSettings(boolean enabled, @Nullable String password) {
}
