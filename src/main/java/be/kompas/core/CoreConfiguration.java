package be.kompas.core;

import java.time.Clock;

import be.kompas.core.crypto.Crypto;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every module may inject; the clock is one so that tests can move time. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Crypto.Argon2Settings.class)
class CoreConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    Crypto crypto(Crypto.Argon2Settings argon2) {
        return new Crypto(argon2);
    }
}
