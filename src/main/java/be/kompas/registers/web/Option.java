package be.kompas.registers.web;

import java.util.Arrays;
import java.util.List;

/**
 * One option of a select or checkbox list, in the shape {@code people/fields :: select} reads.
 *
 * @param translate whether the label is a message key rather than data
 */
record Option(String value, String label, boolean translate) {

    /** An enum's constants, labelled {@code <prefix>.<CONSTANT>}. */
    static List<Option> of(Class<? extends Enum<?>> type, String prefix) {
        return Arrays.stream(type.getEnumConstants()).map(c -> new Option(c.name(), prefix + "." + c.name(), true))
                .toList();
    }
}
