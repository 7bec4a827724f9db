package be.kompas.lookups.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdIndexTests {

    @Test
    void keepsIndicesAndPayloadsOfShortAndLongKeysAcrossGrowth() {
        IdIndex index = new IdIndex(4);
        for (int i = 0; i < 10_000; i++) {
            assertThat(index.intern(key(i))).isEqualTo(i);
        }
        for (int i = 0; i < 10_000; i += 2) {
            index.setPayload(i, i * 7);
        }
        for (int i = 0; i < 10_000; i++) {
            assertThat(index.get(key(i))).isEqualTo(i);
            assertThat(index.name(i)).isEqualTo(key(i));
            assertThat(index.payload(key(i))).isEqualTo(i % 2 == 0 ? i * 7 : IdIndex.ABSENT);
        }
        assertThat(index.get("absent")).isEqualTo(IdIndex.ABSENT);
        assertThat(index.payload("a-much-longer-identifier-that-is-absent")).isEqualTo(IdIndex.ABSENT);
    }

    private static String key(int i) {
        // Half short (inline in the slot), half longer than the 16 inline bytes.
        return i % 2 == 0 ? "S" + i : "subject-with-a-long-pseudonym-" + i;
    }
}
