package be.kompas.privacy.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.audit.AuditEvent;
import be.kompas.audit.AuditTrail;
import be.kompas.core.InvalidInputException;
import be.kompas.core.RecordNotFoundException;
import be.kompas.identity.CurrentUser;
import be.kompas.privacy.RetentionPeriod;
import be.kompas.privacy.RetentionPolicies;
import be.kompas.privacy.RetentionPolicy;
import be.kompas.tenancy.OrganisationId;

@Service
class JdbcRetentionPolicies implements RetentionPolicies {

    private final RetentionPolicyRepository policies;
    private final PersonalDataCatalogue catalogue;
    private final AuditTrail trail;
    private final Clock clock;

    JdbcRetentionPolicies(RetentionPolicyRepository policies, PersonalDataCatalogue catalogue, AuditTrail trail,
            Clock clock) {
        this.policies = policies;
        this.catalogue = catalogue;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RetentionPolicy> current(OrganisationId organisation, String recordType) {
        return policies.current(organisation, recordType);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, RetentionPolicy> current(OrganisationId organisation) {
        return policies.current(organisation).stream()
                .collect(Collectors.toMap(RetentionPolicy::recordType, Function.identity()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<RetentionPolicy> history(OrganisationId organisation, String recordType) {
        return policies.history(organisation, recordType);
    }

    @Override
    @Transactional
    public RetentionPolicy change(OrganisationId organisation, String recordType, RetentionPeriod period) {
        var entry = catalogue.find(recordType).orElseThrow(() -> new RecordNotFoundException("record type",
                recordType));
        if (!entry.type().purgeable()) {
            throw InvalidInputException.of("recordType", "is kept as evidence and cannot have a retention period");
        }
        String username = CurrentUser.require().username();
        var policy = new RetentionPolicy(recordType, period, username, clock.instant().truncatedTo(ChronoUnit.MICROS));
        policies.insert(organisation, policy);
        trail.record(new AuditEvent(organisation, username, "privacy.retention.changed", "record-type", recordType,
                null, period.amount() + " " + period.unit().name()));
        return policy;
    }
}
