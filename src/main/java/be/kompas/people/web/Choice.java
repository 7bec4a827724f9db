package be.kompas.people.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import be.kompas.people.JobFunctions;
import be.kompas.people.Units;
import be.kompas.tenancy.OrganisationId;

/**
 * One option of a select field.
 *
 * @param translate whether the label is a message key rather than data
 */
record Choice(String value, String label, boolean translate) {

    /** Units in tree order, indented by depth. */
    static List<Choice> units(Units units, OrganisationId organisation) {
        return units.tree(organisation).stream().map(node -> new Choice(node.unit().id().toString(),
                "\u2003".repeat(node.depth()) + node.unit().name(), false)).toList();
    }

    static List<Choice> functions(JobFunctions functions, OrganisationId organisation) {
        return functions.all(organisation).stream().map(f -> new Choice(f.id().toString(), f.name(), false))
                .toList();
    }

    /** An enum's constants, labelled {@code <prefix>.<CONSTANT>}. */
    static List<Choice> of(Class<? extends Enum<?>> type, String prefix) {
        return Arrays.stream(type.getEnumConstants()).map(c -> new Choice(c.name(), prefix + "." + c.name(), true))
                .toList();
    }

    static List<Choice> yesNo() {
        return Stream.of("true", "false").map(v -> new Choice(v, "common." + (v.equals("true") ? "yes" : "no"), true))
                .toList();
    }
}
