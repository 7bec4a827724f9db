package be.kompas.audit;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of re-computing the hash chain.
 *
 * @param firstBroken the sequence number of the first entry whose hash or link does not match
 */
public record ChainVerification(long entriesChecked, @Nullable Long firstBroken, @Nullable String problem) {

    public boolean intact() {
        return firstBroken == null;
    }
}
