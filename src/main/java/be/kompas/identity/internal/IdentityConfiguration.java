package be.kompas.identity.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/** Identity beans that command-line tools without a web server need too, such as Argon2id password hashing. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentitySettings.class)
class IdentityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder(IdentitySettings settings) {
        return new Argon2PasswordEncoder(16, 32, 1, settings.argon2().memoryKib(), settings.argon2().iterations());
    }

    /** Where signed-in sessions keep their security context; the second-factor step saves into it. */
    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }
}
