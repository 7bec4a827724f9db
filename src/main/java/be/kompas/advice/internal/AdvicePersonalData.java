package be.kompas.advice.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.audit.AuditTrail;
import be.kompas.privacy.PersonalDataHolder;
import be.kompas.privacy.PersonalRecord;
import be.kompas.privacy.PersonalRecordType;
import be.kompas.tenancy.OrganisationId;

/**
 * Advice Point reports under the DPO's retention: once a report has been closed (answered and closed, or forwarded)
 * for longer than the retention period, its content is destroyed by deleting its keys and ciphertext. Kind, category
 * and dates stay, so that statistics and yearly reports keep their figures.
 */
@Component
class AdvicePersonalData implements PersonalDataHolder {

    static final String REPORT = "advice.report";

    private final AdviceRepository reports;
    private final AuditTrail trail;
    private final Clock clock;

    AdvicePersonalData(AdviceRepository reports, AuditTrail trail, Clock clock) {
        this.reports = reports;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    public List<PersonalRecordType> recordTypes() {
        return List.of(new PersonalRecordType(REPORT, "advice.privacy.report", true));
    }

    /**
     * Reports are anonymous and their content is readable only with the entitled users' own keys, so a search by
     * person cannot look into them; a reporter who identified themselves is found by the coach who reads the report.
     */
    @Override
    public List<PersonalRecord> findAbout(OrganisationId organisation, String person) {
        return List.of();
    }

    @Override
    @Transactional
    public int purge(OrganisationId organisation, String recordType, Instant cutOff) {
        if (!REPORT.equals(recordType)) {
            return 0;
        }
        ZoneId brussels = ZoneId.of("Europe/Brussels");
        var shredded = reports.shredClosedBefore(organisation, LocalDate.ofInstant(cutOff, brussels),
                LocalDate.now(clock.withZone(brussels)));
        shredded.forEach(id -> trail.wrote("advice.report.shredded", REPORT, id, null));
        return shredded.size();
    }
}
