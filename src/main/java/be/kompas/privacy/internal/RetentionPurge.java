package be.kompas.privacy.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import be.kompas.audit.AuditEvent;
import be.kompas.audit.AuditTrail;
import be.kompas.privacy.PurgeRun;
import be.kompas.storage.JobLocks;
import be.kompas.tenancy.Organisation;
import be.kompas.tenancy.OrganisationId;
import be.kompas.tenancy.Organisations;

/**
 * Applies the retention periods: for each purgeable record type that has a period, the holder purges what is older
 * than the cut-off. A type without a period is never purged. Each type is purged in its own transaction, so that one
 * failing holder does not hold back the others.
 */
@Component
class RetentionPurge {

    static final String SYSTEM = "system";

    private static final Logger LOG = LoggerFactory.getLogger(RetentionPurge.class);

    private static final Duration NIGHTLY_HOLD = Duration.ofHours(1);

    private final PersonalDataCatalogue catalogue;
    private final RetentionPolicyRepository policies;
    private final PurgeRunRepository runs;
    private final Organisations organisations;
    private final AuditTrail trail;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final JobLocks jobs;

    RetentionPurge(PersonalDataCatalogue catalogue, RetentionPolicyRepository policies, PurgeRunRepository runs,
            Organisations organisations, AuditTrail trail, TransactionTemplate transactions, Clock clock,
            JobLocks jobs) {
        this.catalogue = catalogue;
        this.policies = policies;
        this.runs = runs;
        this.organisations = organisations;
        this.trail = trail;
        this.transactions = transactions;
        this.clock = clock;
        this.jobs = jobs;
    }

    /** With several instances on one database, only the first to fire runs it. */
    @Scheduled(cron = "${kompas.privacy.purge-cron:0 30 2 * * *}")
    void nightly() {
        jobs.runOnce("privacy.retention-purge", NIGHTLY_HOLD, () -> organisations.findAll().stream()
                .map(Organisation::id).forEach(organisation -> purge(organisation, SYSTEM)));
    }

    List<PurgeRun> purge(OrganisationId organisation, String triggeredBy) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var done = new ArrayList<PurgeRun>();
        for (var policy : policies.current(organisation)) {
            var entry = catalogue.find(policy.recordType());
            // A policy may outlive its module (removed in a later version); a kept type is never purged.
            if (entry.isEmpty() || !entry.get().type().purgeable()) {
                continue;
            }
            Instant cutOff = policy.period().cutOff(now, clock.getZone());
            done.add(purgeOne(organisation, entry.get(), cutOff, now, triggeredBy));
        }
        return done;
    }

    private PurgeRun purgeOne(OrganisationId organisation, PersonalDataCatalogue.Entry entry, Instant cutOff,
            Instant now, String triggeredBy) {
        String type = entry.type().code();
        try {
            return transactions.execute(status -> {
                int purged = entry.holder().purge(organisation, type, cutOff);
                return finish(organisation, new PurgeRun(type, cutOff, purged, false, now, triggeredBy),
                        "privacy.purged", "cut-off " + cutOff + ", purged " + purged);
            });
        }
        catch (RuntimeException e) {
            LOG.error("Purge of {} for organisation {} failed", type, organisation, e);
            return transactions.execute(status -> finish(organisation,
                    new PurgeRun(type, cutOff, 0, true, now, triggeredBy), "privacy.purge-failed",
                    "cut-off " + cutOff));
        }
    }

    private PurgeRun finish(OrganisationId organisation, PurgeRun run, String action, String details) {
        runs.insert(organisation, run);
        trail.record(new AuditEvent(organisation, run.triggeredBy(), action, "record-type", run.recordType(), null,
                details));
        return run;
    }
}
