package be.kompas.demo;

import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import be.kompas.tenancy.Organisations;

/**
 * Loads the demo data on the first start (no organisation yet) in one transaction, then prints the demo logins at
 * every start.
 */
@Component
@EnableConfigurationProperties(DemoSettings.class)
class DemoDataLoader {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoSettings settings;
    private final Organisations organisations;
    private final List<DemoStep> steps;
    private final DemoLogins logins;
    private final TransactionTemplate transactions;

    DemoDataLoader(DemoSettings settings, Organisations organisations, List<DemoStep> steps, DemoLogins logins,
            TransactionTemplate transactions) {
        this.settings = settings;
        this.organisations = organisations;
        this.steps = steps.stream().sorted(Comparator.comparingInt(DemoStep::order)).toList();
        this.logins = logins;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void loadOnFirstStart(ApplicationReadyEvent event) {
        if (!settings.enabled()) {
            return;
        }
        if (organisations.findAll().isEmpty()) {
            var context = new DemoContext();
            transactions.executeWithoutResult(status -> steps.forEach(step -> step.load(context)));
            logins.write(context.logins);
            LOG.info("Demo data loaded for {}", context.organisations.keySet());
        }
        printLogins(event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080"));
    }

    private void printLogins(String port) {
        var all = logins.all();
        if (all.isEmpty()) {
            return;
        }
        var out = new StringBuilder("\n\nKompas demo logins (also in ").append(logins.file().toAbsolutePath()
                .normalize()).append("):\n");
        out.append(String.format("  %-24s %-26s %-18s %s%n", "role", "username", "password", "second factor (TOTP)"));
        for (DemoLogin login : all) {
            out.append(String.format("  %-24s %-26s %-18s %s%n", login.role(), login.username(), login.password(),
                    login.totpSecret()));
        }
        out.append("\nOpen http://localhost:").append(port)
                .append(" and sign in. API tokens for each user are in the file above.\n");
        System.out.println(out);
    }
}
