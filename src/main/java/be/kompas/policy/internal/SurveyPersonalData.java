package be.kompas.policy.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.audit.AuditTrail;
import be.kompas.core.PageRequest;
import be.kompas.identity.UserManagement;
import be.kompas.privacy.PersonalDataHolder;
import be.kompas.privacy.PersonalRecord;
import be.kompas.privacy.PersonalRecordType;
import be.kompas.tenancy.OrganisationId;

/**
 * The only personal data of the climate survey: who received a token for which survey (never what they answered).
 * Retention counts from the survey's last day; purging forgets who took part, the anonymous answers stay.
 */
@Component
class SurveyPersonalData implements PersonalDataHolder {

    static final String PARTICIPATION = "policy.survey-participation";

    private final JdbcClient jdbc;
    private final UserManagement users;
    private final AuditTrail trail;

    SurveyPersonalData(JdbcClient jdbc, UserManagement users, AuditTrail trail) {
        this.jdbc = jdbc;
        this.users = users;
        this.trail = trail;
    }

    @Override
    public List<PersonalRecordType> recordTypes() {
        return List.of(new PersonalRecordType(PARTICIPATION, "policy.privacy.participation", true));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalRecord> findAbout(OrganisationId organisation, String person) {
        var found = users.list(organisation, person, PageRequest.of(0, PageRequest.MAX_SIZE)).content();
        return found.stream().flatMap(user -> jdbc.sql("""
                select s.id, s.year, s.title, s.closes_on from policy_survey_participant p
                join policy_survey s on s.id = p.survey_id
                where p.organisation_id = ? and p.user_id = ? order by s.year""")
                .params(organisation.value(), user.id())
                .query((rs, row) -> {
                    var fields = new LinkedHashMap<String, String>();
                    fields.put("user", user.username());
                    fields.put("survey", rs.getString("title"));
                    fields.put("year", String.valueOf(rs.getInt("year")));
                    return new PersonalRecord(PARTICIPATION, rs.getObject("id", UUID.class).toString(),
                            rs.getString("title"), rs.getObject("closes_on", LocalDate.class), fields);
                }).list().stream()).toList();
    }

    @Override
    @Transactional
    public int purge(OrganisationId organisation, String recordType, Instant cutOff) {
        if (!PARTICIPATION.equals(recordType)) {
            return 0;
        }
        var before = LocalDate.ofInstant(cutOff, ZoneId.of("Europe/Brussels"));
        var surveys = jdbc.sql("""
                select id from policy_survey where organisation_id = ? and status = 'CLOSED' and closes_on < ?""")
                .params(organisation.value(), before).query(UUID.class).list();
        var purged = 0;
        for (var survey : surveys) {
            var removed = jdbc.sql("delete from policy_survey_participant where organisation_id = ? and survey_id = ?")
                    .params(organisation.value(), survey).update();
            if (removed > 0) {
                trail.wrote("policy.survey.participation-purged", DefaultClimateSurveys.RECORD_TYPE, survey, null);
                purged += removed;
            }
        }
        return purged;
    }
}
