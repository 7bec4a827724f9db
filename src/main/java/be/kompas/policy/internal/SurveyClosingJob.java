package be.kompas.policy.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import be.kompas.policy.ClimateSurveys;

/** Every night, closes the surveys whose last day has passed, which writes the answers still held. */
@Component
class SurveyClosingJob {

    private final ClimateSurveys surveys;
    private final Clock clock;

    SurveyClosingJob(ClimateSurveys surveys, Clock clock) {
        this.surveys = surveys;
        this.clock = clock;
    }

    @Scheduled(cron = "${kompas.policy.survey-close-cron:0 5 0 * * *}")
    void closeEnded() {
        surveys.closeEnded(LocalDate.now(clock.withZone(ZoneId.of("Europe/Brussels"))));
    }
}
