package be.kompas.lookups.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PseudonymsTests {

    @Test
    void namesOfficersAndSubjectsStablyWithinOneImportOnly() {
        var first = new Pseudonyms(Pseudonyms.newSecret());
        var second = new Pseudonyms(Pseudonyms.newSecret());
        assertThat(first.officer("O00042")).matches("OFF-[0-9A-F]{6}").isEqualTo(first.officer("O00042"));
        assertThat(first.subject("O00042")).matches("SUB-[0-9A-F]{6}")
                .doesNotEndWith(first.officer("O00042").substring(4));
        assertThat(second.officer("O00042")).isNotEqualTo(first.officer("O00042"));
    }
}
