package be.kompas.lookups.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReasonTests {

    private static final int THRESHOLD = DetectionSettings.defaults().threshold();

    @Test
    void unexplainedAloneIsNotProposed() {
        assertThat(Reason.score(Reason.UNEXPLAINED.bit())).isLessThan(THRESHOLD);
    }

    @Test
    void unexplainedWithAnyOtherReasonIsProposed() {
        for (Reason reason : Reason.values()) {
            if (reason != Reason.UNEXPLAINED) {
                assertThat(Reason.score(Reason.UNEXPLAINED.bit() | reason.bit())).as(reason.name())
                        .isGreaterThanOrEqualTo(THRESHOLD);
            }
        }
    }

    @Test
    void anExplainedLookUpIsProposedOnlyForAStrongPersonalLink() {
        assertThat(Reason.score(Reason.SELF.bit())).isGreaterThanOrEqualTo(THRESHOLD);
        assertThat(Reason.score(Reason.SAME_ADDRESS.bit())).isGreaterThanOrEqualTo(THRESHOLD);
        assertThat(Reason.score(Reason.DECLARED_RELATION.bit())).isGreaterThanOrEqualTo(THRESHOLD);
        assertThat(Reason.score(Reason.SAME_SURNAME.bit())).isLessThan(THRESHOLD);
        assertThat(Reason.score(Reason.VIP.bit())).isLessThan(THRESHOLD);
    }

    @Test
    void anExplainedLookUpWithoutPersonalLinkIsNeverProposed() {
        int everythingButLinksAndUnexplained = Reason.OFF_DUTY.bit() | Reason.BULK.bit() | Reason.REPEAT.bit();
        assertThat(Rules.mayBeProposed(everythingButLinksAndUnexplained)).isFalse();
        assertThat(Rules.mayBeProposed(Reason.VIP.bit())).isTrue();
    }

    @Test
    void writesCodesInVocabularyOrder() {
        int reasons = Reason.REPEAT.bit() | Reason.UNEXPLAINED.bit() | Reason.SAME_SURNAME.bit();
        assertThat(Reason.codes(reasons)).isEqualTo("SAME_SURNAME;UNEXPLAINED;REPEAT");
        assertThat(Reason.parse(Reason.codes(reasons))).isEqualTo(reasons);
    }

    @Test
    void looksUpOneselfAsSelfOnly() {
        int reasons = Rules.ownReasons(false, true, true, true, true, false, false);
        assertThat(Reason.codes(reasons)).isEqualTo("SELF;UNEXPLAINED");
    }

    @Test
    void anotherReasonNeverLowersTheScore() {
        for (int reasons = 0; reasons < 1 << Reason.values().length; reasons++) {
            int score = Reason.score(reasons);
            assertThat(score).isBetween(0, 100);
            for (Reason added : Reason.values()) {
                assertThat(Reason.score(reasons | added.bit())).isGreaterThanOrEqualTo(score);
            }
        }
    }
}
