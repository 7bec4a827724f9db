package be.kompas.complaints;

/** Tags a coordinator puts on a complaint: the ten ombuds norms and the typical themes of domain.md 4.1 and 4.2. */
public enum ComplaintTag {
    NORM_REGULATIONS, NORM_ACTIVE_SERVICE, NORM_COMMUNICATION, NORM_HANDLING_TIME, NORM_CARE, NORM_INFORMATION,
    NORM_FLEXIBILITY, NORM_REASONS, NORM_COMPLAINT_MANAGEMENT, NORM_FOLLOW_UP,
    THEME_DIGITAL_ILLITERACY, THEME_FREE_SPEECH, THEME_WORD_AGAINST_WORD, THEME_LETTER_VS_SPIRIT;
}
