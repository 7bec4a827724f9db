package be.kompas.registers.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * PostgreSQL arrays through named parameters, which would otherwise expand a Java array into a list of values:
 * written as an array literal and cast in SQL ({@code cast(:x as text[])}).
 */
final class SqlArrays {

    private SqlArrays() {
    }

    static String literal(List<?> values) {
        return values.stream().map(v -> "\"" + v.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    static List<UUID> uuids(Array array) throws SQLException {
        return List.copyOf(Arrays.asList((UUID[]) array.getArray()));
    }

    static List<String> strings(Array array) throws SQLException {
        return List.copyOf(Arrays.asList((String[]) array.getArray()));
    }
}
