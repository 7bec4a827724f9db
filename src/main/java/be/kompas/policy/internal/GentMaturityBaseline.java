package be.kompas.policy.internal;

import static be.kompas.policy.CultureItem.*;
import static be.kompas.policy.MaturityTopic.*;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import be.kompas.policy.CultureItem;
import be.kompas.policy.MaturityScore;

/** The Gent maturity scores of the May 2023 evaluation (domain.md 2.3), with the findings as evidence. */
final class GentMaturityBaseline {

    static final int YEAR = 2023;

    static final List<MaturityScore> SCORES = List.of(
            new MaturityScore(VISION, 4, "Clear and translated to the work floor."),
            new MaturityScore(RISK_ANALYSIS, 2,
                    "First (external) analysis not representative; dilemma analysis only sporadic."),
            new MaturityScore(QUESTIONNAIRE, 0, "Not developed."),
            new MaturityScore(VULNERABLE_FUNCTIONS, 3,
                    "LRD/MEPROSCH, LRD/Drugs, purchasing; group talk only at MEPROSCH."),
            new MaturityScore(COMMITMENT, 4, "Violations limited, by a minority."),
            new MaturityScore(MISSION_VISION_VALUES, 5,
                    "Prominent; core value; employer promise \"RIT naar 100% (FL)IK\"."),
            new MaturityScore(CODES_OF_CONDUCT, 5,
                    "Corps note \"Blauw vakmanschap\": equipment, conduct, private life, powers (consulting databases), force."),
            new MaturityScore(STRUCTURES, 4,
                    "Management committee, managers, integrity manager, coaches, DIT. Missing: confidential person for integrity; reporting point as safety net."),
            new MaturityScore(PROCESSES, 3,
                    "No maturity measurement. Missing: follow-up of incidents, aftercare after discipline, communication plan on violations."),
            new MaturityScore(STAFF_AND_CULTURE, 3,
                    "Background check exists but not for staff in service (the unions did not agree)."),
            new MaturityScore(ENFORCEMENT, 4,
                    "Internal control: yes. Sanction scheme: verbal remark, performance note, restorative talk, mediation, discipline, order measures."),
            new MaturityScore(EVALUATION_AND_REPORTING, 3,
                    "Citizen complaint system good; active monitoring rather no; no yearly or overall report."));

    static final Map<CultureItem, CultureItem.Answer> ITEMS = items();

    private GentMaturityBaseline() {
    }

    private static Map<CultureItem, CultureItem.Answer> items() {
        var items = new EnumMap<CultureItem, CultureItem.Answer>(CultureItem.class);
        for (var yes : List.of(MANAGER_SELECTION, POLICY_CYCLE, TRAINING, EVALUATION_FORMS, JOB_PROFILES,
                SELECTION_OFFICER_TRAINING, DILEMMA_TRAINING, INTERVIEW_TECHNIQUES, GPI_48, INDUCTION,
                MENTORS_AND_PROBATION, BACKGROUND_CHECK)) {
            items.put(yes, CultureItem.Answer.YES);
        }
        for (var no : List.of(REFLECTION_SESSIONS, EXIT_INTERVIEWS, AFTERCARE, VALUES_DOCUMENT)) {
            items.put(no, CultureItem.Answer.NO);
        }
        items.put(TEAM_MEETINGS, CultureItem.Answer.AD_HOC);
        return Map.copyOf(items);
    }
}
