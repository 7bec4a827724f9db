package be.kompas.privacy.internal;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.audit.AuditTrail;
import be.kompas.core.InvalidInputException;
import be.kompas.identity.CurrentUser;
import be.kompas.privacy.PersonalRecord;
import be.kompas.privacy.PrivacyManagement;
import be.kompas.privacy.PurgeRun;
import be.kompas.privacy.RecordTypeOverview;
import be.kompas.privacy.RetentionPolicy;
import be.kompas.privacy.SubjectAccessReport;
import be.kompas.privacy.SubjectAccessReport.RecordGroup;
import be.kompas.tenancy.OrganisationId;

@Service
class DefaultPrivacyManagement implements PrivacyManagement {

    static final String SUBJECT_ACCESS = "privacy.subject-access";
    static final String SUBJECT_ACCESS_EXPORT = "privacy.subject-access.exported";
    static final int MINIMUM_QUERY_LENGTH = 2;

    private final PersonalDataCatalogue catalogue;
    private final RetentionPolicyRepository policies;
    private final PurgeRunRepository runs;
    private final RetentionPurge purge;
    private final AuditTrail trail;
    private final Clock clock;

    DefaultPrivacyManagement(PersonalDataCatalogue catalogue, RetentionPolicyRepository policies,
            PurgeRunRepository runs, RetentionPurge purge, AuditTrail trail, Clock clock) {
        this.catalogue = catalogue;
        this.policies = policies;
        this.runs = runs;
        this.purge = purge;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RecordTypeOverview> recordTypes(OrganisationId organisation) {
        var current = policies.current(organisation).stream()
                .collect(Collectors.toMap(RetentionPolicy::recordType, Function.identity()));
        var latest = runs.latest(organisation).stream()
                .collect(Collectors.toMap(PurgeRun::recordType, Function.identity()));
        return catalogue.entries().stream().map(entry -> new RecordTypeOverview(entry.type(), entry.module(),
                current.get(entry.type().code()), latest.get(entry.type().code()))).toList();
    }

    @Override
    public List<PurgeRun> purgeNow(OrganisationId organisation) {
        return purge.purge(organisation, CurrentUser.require().username());
    }

    @Override
    @Transactional
    public SubjectAccessReport subjectAccess(OrganisationId organisation, String person) {
        return search(organisation, person, SUBJECT_ACCESS);
    }

    @Override
    @Transactional
    public SubjectAccessReport exportSubjectAccess(OrganisationId organisation, String person) {
        return search(organisation, person, SUBJECT_ACCESS_EXPORT);
    }

    private SubjectAccessReport search(OrganisationId organisation, String person, String action) {
        String query = person.strip();
        if (query.length() < MINIMUM_QUERY_LENGTH) {
            throw InvalidInputException.of("person", "needs at least " + MINIMUM_QUERY_LENGTH + " characters");
        }
        var found = catalogue.holders().stream().flatMap(holder -> holder.findAbout(organisation, query).stream())
                .collect(Collectors.groupingBy(PersonalRecord::recordType));
        var groups = catalogue.entries().stream().filter(entry -> found.containsKey(entry.type().code()))
                .map(entry -> new RecordGroup(entry.type().code(), entry.type().labelKey(), entry.module(),
                        found.get(entry.type().code())))
                .toList();
        // Recorded after the search, so that the request does not list itself.
        trail.wrote(action, "person", query, query);
        return new SubjectAccessReport(query, clock.instant(), groups);
    }
}
