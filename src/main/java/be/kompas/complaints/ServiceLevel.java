package be.kompas.complaints;

/**
 * The organisation's own deadlines, in working days after the day of receipt (domain.md section 13, item 4).
 */
public record ServiceLevel(int acknowledgeDays, int answerDays) {

    public static final ServiceLevel DEFAULT = new ServiceLevel(7, 30);
}
