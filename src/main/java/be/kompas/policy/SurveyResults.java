package be.kompas.policy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The results of a survey: for the whole organisation and per group, the mean score per dimension, each only when the
 * group counts at least {@link ClimateSurveys#MINIMUM_GROUP} respondents (domain.md 13.10).
 */
public record SurveyResults(ClimateSurvey survey, int participants, GroupResult overall, List<GroupResult> groups) {

    /**
     * @param means per dimension, empty when the group is too small to show ({@link #suppressed()})
     */
    public record GroupResult(String group, int respondents, Map<ClimateDimension, Double> means) {

        /** Whether the means are not shown: too few respondents, or {@link #withheld()}. */
        public boolean suppressed() {
            return tooFew() || means.isEmpty();
        }

        public boolean tooFew() {
            return respondents < ClimateSurveys.MINIMUM_GROUP;
        }

        /**
         * Enough respondents, but not shown because the means of a smaller group could otherwise be worked out from
         * the overall result by subtraction.
         */
        public boolean withheld() {
            return !tooFew() && means.isEmpty();
        }

        public Optional<Double> mean(ClimateDimension dimension) {
            return Optional.ofNullable(means.get(dimension));
        }

        /** The mean with two decimals, or a dash when there is none to show. */
        public String display(ClimateDimension dimension) {
            return mean(dimension).map(value -> String.format(java.util.Locale.ROOT, "%.2f", value)).orElse("-");
        }

        /** The mean over the dimensions, empty when suppressed. */
        public Optional<Double> overallMean() {
            return means.values().stream().mapToDouble(Double::doubleValue).average().stream().boxed().findFirst();
        }
    }
}
