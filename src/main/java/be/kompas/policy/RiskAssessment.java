package be.kompas.policy;

import java.time.Instant;

/** One version of a risk's scores; a reassessment adds a version, it never overwrites one. */
public record RiskAssessment(long version, Scores gross, Scores net, String note, String assessedBy,
        Instant assessedAt) {
}
