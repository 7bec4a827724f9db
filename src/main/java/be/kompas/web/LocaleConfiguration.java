package be.kompas.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

import be.kompas.identity.CurrentUser;
import be.kompas.identity.UserManagement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Dutch by default; French and English on request with {@code ?lang=}. A signed-in user's choice is saved on their
 * account and comes back at their next login.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("nl"), Locale.FRENCH, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver(UserManagement users) {
        return new UserLocaleResolver(users);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    static final class UserLocaleResolver extends SessionLocaleResolver {

        private final UserManagement users;

        UserLocaleResolver(UserManagement users) {
            this.users = users;
            setDefaultLocaleFunction(request -> CurrentUser.find().map(user -> supported(user.locale()))
                    .orElse(SUPPORTED.get(0)));
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            Locale chosen = locale == null ? null : supported(locale);
            super.setLocale(request, response, chosen);
            if (chosen != null) {
                CurrentUser.find().ifPresent(user -> users.changeLocale(user.id(), chosen));
            }
        }

        private static Locale supported(Locale locale) {
            return SUPPORTED.stream().filter(s -> s.getLanguage().equals(locale.getLanguage())).findFirst()
                    .orElse(SUPPORTED.get(0));
        }
    }
}
