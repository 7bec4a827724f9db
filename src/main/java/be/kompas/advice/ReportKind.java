package be.kompas.advice;

/** What a reporter brings to the Advice Point (domain.md 3 and 6). */
public enum ReportKind {
    /** An integrity question, dilemma or uncertainty, including self-reporting. */
    QUESTION,
    /** A report of a suspected integrity violation. */
    SUSPICION,
    /** A whistleblower report under the law of 8 December 2022, with its legal terms in calendar days and months. */
    WHISTLEBLOWER
}
