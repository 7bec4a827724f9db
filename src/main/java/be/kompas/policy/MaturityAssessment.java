package be.kompas.policy;

import java.util.Map;
import java.util.Optional;

/** A year's self-assessment: the scores given so far and the answers to the staff-and-culture sub-items. */
public record MaturityAssessment(int year, Map<MaturityTopic, MaturityScore> scores,
        Map<CultureItem, CultureItem.Answer> items) {

    public Optional<MaturityScore> score(MaturityTopic topic) {
        return Optional.ofNullable(scores.get(topic));
    }
}
