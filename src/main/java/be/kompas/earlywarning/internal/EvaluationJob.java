package be.kompas.earlywarning.internal;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import be.kompas.storage.JobLocks;
import be.kompas.tenancy.Organisation;
import be.kompas.tenancy.OrganisationCreated;
import be.kompas.tenancy.OrganisationId;
import be.kompas.tenancy.Organisations;

/**
 * Runs the evaluation: every night for every organisation (once across instances, through the job locks), and on
 * demand in the background with its progress in the run's row. Also seeds a new organisation's default rules.
 */
@Component
public class EvaluationJob {

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationJob.class);
    private static final Duration NIGHTLY_HOLD = Duration.ofHours(6);
    static final String SYSTEM = "system";

    private final EarlyWarningService service;
    private final Organisations organisations;
    private final JobLocks jobs;
    private final TransactionTemplate transactions;
    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
        var thread = new Thread(task, "earlywarning-evaluation");
        thread.setDaemon(true);
        return thread;
    });

    EvaluationJob(EarlyWarningService service, Organisations organisations, JobLocks jobs,
            TransactionTemplate transactions) {
        this.service = service;
        this.organisations = organisations;
        this.jobs = jobs;
        this.transactions = transactions;
    }

    @EventListener
    void on(OrganisationCreated event) {
        service.seedRules(event.organisationId());
    }

    @Scheduled(cron = "${kompas.earlywarning.evaluation-cron:0 45 3 * * *}")
    void nightly() {
        jobs.runOnce("earlywarning.evaluation", NIGHTLY_HOLD, () -> organisations.findAll().stream()
                .map(Organisation::id).forEach(organisation -> runNow(organisation, SYSTEM)));
    }

    /** Evaluates in this thread, in one transaction with its alerts; the run row shows the result. */
    public UUID runNow(OrganisationId organisation, String actor) {
        UUID run = transactions.execute(s -> service.startRun(organisation, actor));
        execute(organisation, run, actor);
        return run;
    }

    /** Starts a run in the background and answers its id at once, for the "run now" button. */
    public UUID start(OrganisationId organisation, String actor) {
        UUID run = transactions.execute(s -> service.startRun(organisation, actor));
        background.submit(() -> execute(organisation, run, actor));
        return run;
    }

    private void execute(OrganisationId organisation, UUID run, String actor) {
        try {
            transactions.executeWithoutResult(s -> service.evaluate(organisation, run, actor));
        }
        catch (RuntimeException e) {
            LOG.warn("Early-warning evaluation {} failed", run, e);
            transactions.executeWithoutResult(s -> service.failed(run));
        }
    }
}
