package be.kompas.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One message bundle per module under {@code i18n/}, found on the class path, so that a new module brings its texts
 * without editing a central list. English is the base bundle; {@code _nl} and {@code _fr} translate it.
 */
@Configuration(proxyBeanMethods = false)
class ModuleMessageSourceConfiguration {

    @Bean
    MessageSource messageSource() {
        var source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(bundleBasenames());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setCacheSeconds(-1);
        // Apostrophes are written doubled in every bundle, so every message must go through MessageFormat.
        source.setAlwaysUseMessageFormat(true);
        return source;
    }

    static String[] bundleBasenames() {
        try {
            var resources = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
            var names = new TreeSet<String>();
            Arrays.stream(resources).map(r -> Objects.requireNonNull(r.getFilename()))
                    .map(name -> name.replaceFirst("(_[a-z]{2})?\\.properties$", ""))
                    .forEach(name -> names.add("classpath:i18n/" + name));
            return names.toArray(String[]::new);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
