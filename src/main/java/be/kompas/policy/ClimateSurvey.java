package be.kompas.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An ethical climate survey of one year.
 *
 * @param groups the groups respondents may say they belong to (e.g. departments); results per group are shown only
 *     from {@link ClimateSurveys#MINIMUM_GROUP} respondents
 */
public record ClimateSurvey(UUID id, int year, String title, List<String> groups, SurveyStatus status,
        @Nullable LocalDate opensOn, @Nullable LocalDate closesOn) {

    public boolean acceptsAnswers(LocalDate today) {
        return status == SurveyStatus.OPEN && opensOn != null && !today.isBefore(opensOn)
                && (closesOn == null || !today.isAfter(closesOn));
    }
}
