package be.kompas.caselaw.web;

import java.util.Arrays;
import java.util.List;

import be.kompas.complaints.FactCode;

/**
 * One option of a select or checkbox list.
 *
 * @param label a message key
 */
record Choice(String value, String label) {

    static List<Choice> of(Class<? extends Enum<?>> type, String prefix) {
        return Arrays.stream(type.getEnumConstants()).map(c -> new Choice(c.name(), prefix + "." + c.name()))
                .toList();
    }

    static List<Choice> of(List<String> codes, String prefix) {
        return codes.stream().map(c -> new Choice(c, prefix + "." + c)).toList();
    }

    static List<Choice> factCodes() {
        return Arrays.stream(FactCode.values()).map(f -> new Choice(f.code(), "complaints.fact." + f.code()))
                .toList();
    }
}
