package be.kompas.lookups.engine;

import java.util.StringJoiner;

/**
 * The reason codes of the exchange format, each with the weight it adds to the score.
 * <p>
 * Weights are probabilities in percent that a look-up with only this sign needs a look; they combine as a noisy-OR
 * (see {@link #score(int)}), so each extra sign raises the score and no sum can pass 100. The weights are chosen
 * against the default threshold of 50: a personal link on its own passes it only when it is strong (self, declared
 * relation, same address), "unexplained" on its own never does, and "unexplained" together with any other sign
 * always does.
 */
public enum Reason {

    SELF(90, true),
    COLLEAGUE(45, true),
    SAME_SURNAME(30, true),
    SAME_ADDRESS(55, true),
    DECLARED_RELATION(60, true),
    VIP(40, true),
    OFF_DUTY(35, false),
    UNEXPLAINED(35, false),
    BULK(40, false),
    REPEAT(40, false);

    /** Bits of the personal links: a look-up that a case explains is proposed only if it has one of these. */
    public static final int PERSONAL_LINKS;

    private static final Reason[] ALL = values();

    static {
        int links = 0;
        for (Reason reason : ALL) {
            if (reason.personalLink) {
                links |= reason.bit();
            }
        }
        PERSONAL_LINKS = links;
    }

    private final int weight;
    private final boolean personalLink;

    Reason(int weight, boolean personalLink) {
        this.weight = weight;
        this.personalLink = personalLink;
    }

    public int bit() {
        return 1 << ordinal();
    }

    public int weight() {
        return weight;
    }

    public boolean in(int reasons) {
        return (reasons & bit()) != 0;
    }

    /** Combines the weights of the given reasons as a noisy-OR, rounded to 0..100. */
    public static int score(int reasons) {
        double clear = 1.0;
        for (Reason reason : ALL) {
            if (reason.in(reasons)) {
                clear *= 1.0 - reason.weight / 100.0;
            }
        }
        return (int) Math.round(100.0 * (1.0 - clear));
    }

    /** The {@code ;}-separated codes in vocabulary order, as written in {@code alerts.csv}. */
    public static String codes(int reasons) {
        StringJoiner joiner = new StringJoiner(";");
        for (Reason reason : ALL) {
            if (reason.in(reasons)) {
                joiner.add(reason.name());
            }
        }
        return joiner.toString();
    }

    /** Parses {@link #codes(int)} back, for readers of {@code alerts.csv}. */
    public static int parse(String codes) {
        int reasons = 0;
        for (String code : codes.split(";")) {
            if (!code.isBlank()) {
                reasons |= valueOf(code.trim()).bit();
            }
        }
        return reasons;
    }
}
