package be.kompas.policy;

/**
 * One topic's score in one year.
 *
 * @param level 0 (non-existent) to 5 (optimised), see {@code policy.level.N}
 */
public record MaturityScore(MaturityTopic topic, int level, String evidence) {

    public static final int HIGHEST = 5;
}
