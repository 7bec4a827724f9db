package be.kompas.audit;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of re-computing the hash chain.
 *
 * @param firstBroken the sequence number of the first entry whose hash or link does not match
 * @param reason why that entry breaks the chain
 */
public record ChainVerification(long entriesChecked, @Nullable Long firstBroken, @Nullable Break reason) {

    /** How an entry breaks the chain. */
    public enum Break {

        /** Its link to the previous hash does not match: an entry before it was removed, or its link was altered. */
        UNLINKED("does not link to the entry before it (an entry was removed or altered)"),
        /** Its content does not match its own hash. */
        ALTERED("its content does not match its hash (the entry was altered)");

        private final String description;

        Break(String description) {
            this.description = description;
        }

        /** In English, for the command line and logs; pages show their own translation. */
        public String description() {
            return description;
        }
    }

    public boolean intact() {
        return firstBroken == null;
    }

    public @Nullable String problem() {
        return reason == null ? null : reason.description();
    }
}
