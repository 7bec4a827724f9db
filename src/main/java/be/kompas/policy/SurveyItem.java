package be.kompas.policy;

import java.util.UUID;

/** A Likert statement of the questionnaire, answered from 1 (strongly disagree) to 5 (strongly agree). */
public record SurveyItem(UUID id, ClimateDimension dimension, String text) {
}
