package be.kompas.policy;

import java.util.List;

/**
 * How many zones reached each level of one topic; never which zones.
 *
 * @param zones how many zones scored the topic
 * @param perLevel the number of zones at level 0 to 5; empty when fewer than {@link Maturity#MINIMUM_ZONES} zones
 *     scored the topic, so that no zone can be recognised
 */
public record TopicDistribution(MaturityTopic topic, int zones, List<Integer> perLevel) {

    public boolean shown() {
        return !perLevel.isEmpty();
    }
}
