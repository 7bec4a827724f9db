package be.kompas.policy.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import be.kompas.policy.CultureItem;
import be.kompas.policy.MaturityAssessment;
import be.kompas.policy.MaturityScore;
import be.kompas.policy.MaturityTopic;

/** A year's self-assessment: a level and evidence per topic, and the staff-and-culture answers. */
class MaturityForm {

    private Map<MaturityTopic, Integer> levels = new EnumMap<>(MaturityTopic.class);
    private Map<MaturityTopic, String> evidence = new EnumMap<>(MaturityTopic.class);
    private Map<CultureItem, CultureItem.Answer> items = new EnumMap<>(CultureItem.class);

    static MaturityForm of(MaturityAssessment assessment) {
        var form = new MaturityForm();
        assessment.scores().forEach((topic, score) -> {
            form.levels.put(topic, score.level());
            form.evidence.put(topic, score.evidence());
        });
        form.items.putAll(assessment.items());
        return form;
    }

    /** The topics given a level; a topic left empty is not scored. */
    List<MaturityScore> scores() {
        return levels.entrySet().stream().filter(entry -> entry.getValue() != null)
                .map(entry -> new MaturityScore(entry.getKey(), entry.getValue(),
                        evidence.getOrDefault(entry.getKey(), "")))
                .toList();
    }

    public Map<MaturityTopic, Integer> getLevels() {
        return levels;
    }

    public void setLevels(Map<MaturityTopic, Integer> levels) {
        this.levels = levels;
    }

    public Map<MaturityTopic, String> getEvidence() {
        return evidence;
    }

    public void setEvidence(Map<MaturityTopic, String> evidence) {
        this.evidence = evidence;
    }

    public Map<CultureItem, CultureItem.Answer> getItems() {
        return items;
    }

    public void setItems(Map<CultureItem, CultureItem.Answer> items) {
        this.items = items;
    }
}
