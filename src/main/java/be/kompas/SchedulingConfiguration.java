package be.kompas;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the modules' {@code @Scheduled} jobs, except in command-line tools ({@code kompas.scheduling.enabled=false}),
 * which share the database with a running Kompas that already runs them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kompas.scheduling.enabled", havingValue = "true", matchIfMissing = true)
@EnableScheduling
class SchedulingConfiguration {
}
