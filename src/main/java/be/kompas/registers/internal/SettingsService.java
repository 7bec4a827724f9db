package be.kompas.registers.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.audit.AuditTrail;
import be.kompas.core.InvalidInputException;
import be.kompas.registers.RegisterSettings;
import be.kompas.registers.RegisterSettingsManagement;
import be.kompas.tenancy.OrganisationId;

@Service
@Transactional
class SettingsService implements RegisterSettingsManagement {

    private final JdbcClient jdbc;
    private final AuditTrail trail;

    SettingsService(JdbcClient jdbc, AuditTrail trail) {
        this.jdbc = jdbc;
        this.trail = trail;
    }

    @Override
    @Transactional(readOnly = true)
    public RegisterSettings get(OrganisationId organisation) {
        return jdbc.sql("select * from register_settings where organisation_id = :org")
                .param("org", organisation.value())
                .query((rs, n) -> new RegisterSettings(rs.getBigDecimal("gift_threshold"),
                        lines(rs.getString("forbidden_givers")), lines(rs.getString("conflict_keywords")),
                        rs.getBoolean("ancillary_manager_advice"), rs.getInt("ancillary_validity_years"),
                        rs.getBoolean("career_screening"), rs.getInt("screening_interval_years"),
                        rs.getBoolean("alcohol_drug_tests")))
                .optional().orElse(new RegisterSettings(new BigDecimal("50.00"), List.of(), List.of(), true, 3,
                        false, 5, false));
    }

    @Override
    public void save(OrganisationId organisation, RegisterSettings settings) {
        var problems = new LinkedHashMap<String, String>();
        if (settings.giftThreshold().signum() < 0) {
            problems.put("giftThreshold", "may not be negative");
        }
        if (settings.ancillaryValidityYears() < 1 || settings.ancillaryValidityYears() > 10) {
            problems.put("ancillaryValidityYears", "must be between 1 and 10");
        }
        if (settings.screeningIntervalYears() < 1 || settings.screeningIntervalYears() > 20) {
            problems.put("screeningIntervalYears", "must be between 1 and 20");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        jdbc.sql("""
                insert into register_settings (organisation_id, gift_threshold, forbidden_givers, conflict_keywords,
                  ancillary_manager_advice, ancillary_validity_years, career_screening, screening_interval_years,
                  alcohol_drug_tests)
                values (:org, :threshold, :givers, :keywords, :advice, :validity, :career, :interval, :tests)
                on conflict (organisation_id) do update set gift_threshold = excluded.gift_threshold,
                  forbidden_givers = excluded.forbidden_givers, conflict_keywords = excluded.conflict_keywords,
                  ancillary_manager_advice = excluded.ancillary_manager_advice,
                  ancillary_validity_years = excluded.ancillary_validity_years,
                  career_screening = excluded.career_screening,
                  screening_interval_years = excluded.screening_interval_years,
                  alcohol_drug_tests = excluded.alcohol_drug_tests""")
                .param("org", organisation.value()).param("threshold", settings.giftThreshold())
                .param("givers", String.join("\n", settings.forbiddenGivers()))
                .param("keywords", String.join("\n", settings.conflictKeywords()))
                .param("advice", settings.ancillaryManagerAdvice())
                .param("validity", settings.ancillaryValidityYears()).param("career", settings.careerScreening())
                .param("interval", settings.screeningIntervalYears())
                .param("tests", settings.alcoholDrugTests()).update();
        trail.wrote("registers.settings.saved", "register-settings", organisation, null);
    }

    /** One entry per non-blank line, trimmed. */
    static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
