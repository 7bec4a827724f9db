package be.kompas.policy.internal;

import static be.kompas.policy.RecommendationStatus.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import be.kompas.policy.RecommendationChange;
import be.kompas.policy.RecommendationSource;
import be.kompas.policy.RecommendationStatus;

/**
 * The AIG's proposals of October 2020 with their status and its recommendations of March 2021 (domain.md 9.7). The
 * sources give only the month, so the first day stands for it; recommendations without a status are open.
 */
final class AigTemplate {

    private static final LocalDate PROPOSALS = LocalDate.of(2020, 10, 1);
    private static final LocalDate REPORT = LocalDate.of(2021, 3, 1);

    private record Proposal(String text, RecommendationStatus status) {
    }

    private static final List<Proposal> PROPOSAL_ROWS = List.of(
            new Proposal("Integrity starts at the top (mission letter with integrity plan)", NOT_REALISED),
            new Proposal("Uniform CP3", NOT_REALISED), new Proposal("Accountability (PEEL)", NOT_REALISED),
            new Proposal("IMF as GPI standard", NOT_REALISED), new Proposal("Deontological commission", NOT_REALISED),
            new Proposal("Single complaint entry", NOT_REALISED_BUT),
            new Proposal("Career-long checks, random drug/alcohol tests", NOT_REALISED),
            new Proposal("Tools for authorities to know staff integrity", NOT_REALISED),
            new Proposal("Police education", NOT_REALISED_BUT),
            new Proposal("New disciplinary and order statutes", NOT_REALISED), new Proposal("Research", NOT_REALISED),
            new Proposal("Mandate-holder careers", NOT_REALISED), new Proposal("Re-evaluate KLFP", ONGOING),
            new Proposal("Structural consultation", NOT_STRUCTURALLY_REALISED),
            new Proposal("Legal complaint framework", NOT_REALISED),
            new Proposal("Resilience", NOT_STRUCTURALLY_REALISED),
            new Proposal("Social value of the job", NOT_REALISED),
            new Proposal("Fixed funding for initiatives", OPEN));

    private static final List<String> RECOMMENDATION_ROWS = List.of("Integrity is not stand-alone.",
            "Learn from neighbours.", "Support officers who are victims.", "Strengthen control bodies.",
            "Ask staff.", "Long-term policy.", "One tool.", "Research.", "Deontological commission.", "Resilience.",
            "Good practices.", "Diversity.", "Integrity checks during the career.", "Stimulating approach.",
            "Inform disciplinary authorities quickly and correctly.", "Structural consultation.",
            "Follow up recommendations.", "Digital follow-up tool.", "Single complaint entry point.",
            "Clarity for complainants.", "Modernise KLFP and make digital feeding mandatory.",
            "One database for use of force.", "One database for violence against police.",
            "New disciplinary statute.", "Uniform prosecution policy.");

    static final List<RecommendationChange> ROWS = rows();

    private AigTemplate() {
    }

    private static List<RecommendationChange> rows() {
        var rows = new ArrayList<RecommendationChange>();
        for (int i = 0; i < PROPOSAL_ROWS.size(); i++) {
            var proposal = PROPOSAL_ROWS.get(i);
            rows.add(new RecommendationChange(RecommendationSource.AIG, "AIG proposals 10/2020, no. " + (i + 1),
                    PROPOSALS, proposal.text(), "", "", null, proposal.status(), ""));
        }
        for (int i = 0; i < RECOMMENDATION_ROWS.size(); i++) {
            rows.add(new RecommendationChange(RecommendationSource.AIG,
                    "\"Zijn alle flikken onbekwaam?\" 3/2021, no. " + (i + 1), REPORT, RECOMMENDATION_ROWS.get(i), "",
                    "", null, OPEN, ""));
        }
        return List.copyOf(rows);
    }
}
