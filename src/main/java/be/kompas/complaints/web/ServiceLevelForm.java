package be.kompas.complaints.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The organisation's deadlines in working days. */
public class ServiceLevelForm {

    @Min(1)
    @Max(100)
    private int acknowledgeDays;
    @Min(1)
    @Max(365)
    private int answerDays;

    public int getAcknowledgeDays() {
        return acknowledgeDays;
    }

    public void setAcknowledgeDays(int acknowledgeDays) {
        this.acknowledgeDays = acknowledgeDays;
    }

    public int getAnswerDays() {
        return answerDays;
    }

    public void setAnswerDays(int answerDays) {
        this.answerDays = answerDays;
    }
}
