package be.kompas.registers.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import be.kompas.core.InvalidInputException;

/**
 * Imports of files that zones export from other systems (B80, MISI): semicolon-separated, a header line, one record a
 * line. Every line is read before anything is saved, and every bad line is reported with the columns at fault, so
 * that a file is fixed in one go and imported whole or not at all.
 */
final class CsvImport {

    /** The cells of one line; each read names its column when the value is not valid. */
    static final class Cells {

        private final String[] values;
        private final List<String> header;

        Cells(String[] values, List<String> header) {
            this.values = values;
            this.header = header;
        }

        String text(int index) {
            return index < values.length ? values[index].strip() : "";
        }

        String required(int index) {
            var value = text(index);
            if (value.isEmpty()) {
                throw bad(index);
            }
            return value;
        }

        LocalDate date(int index) {
            try {
                return LocalDate.parse(required(index));
            }
            catch (DateTimeException e) {
                throw bad(index);
            }
        }

        int number(int index, int min, int max) {
            try {
                int value = Integer.parseInt(required(index));
                if (value < min || value > max) {
                    throw bad(index);
                }
                return value;
            }
            catch (NumberFormatException e) {
                throw bad(index);
            }
        }

        <E extends Enum<E>> E value(int index, Class<E> type) {
            try {
                return Enum.valueOf(type, required(index).toUpperCase(Locale.ROOT));
            }
            catch (IllegalArgumentException e) {
                throw bad(index);
            }
        }

        InvalidInputException bad(int index) {
            return InvalidInputException.of(index < header.size() ? header.get(index) : "column " + (index + 1),
                    "is not valid");
        }
    }

    private CsvImport() {
    }

    /**
     * @param read a line's record, or an {@link InvalidInputException} naming the columns at fault
     * @param save saves one record; its refusal is reported at the record's line too
     * @return how many records were saved
     * @throws InvalidInputException keyed by line number (the header is line 1) with the columns at fault, after
     *     nothing was saved
     */
    static <T> int run(String csv, Function<Cells, T> read, Function<T, Boolean> save) {
        var lines = csv.replace("\uFEFF", "").lines().toList();
        if (lines.isEmpty()) {
            throw InvalidInputException.of("file", "is empty");
        }
        var header = Arrays.stream(lines.get(0).split(";", -1)).map(String::strip).toList();
        var records = new LinkedHashMap<Integer, T>();
        var problems = new LinkedHashMap<String, String>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                records.put(i + 1, read.apply(new Cells(lines.get(i).split(";", -1), header)));
            }
            catch (InvalidInputException e) {
                problems.put(String.valueOf(i + 1), String.join(", ", e.errors().keySet()));
            }
        }
        int saved = 0;
        if (problems.isEmpty()) {
            for (Map.Entry<Integer, T> record : records.entrySet()) {
                try {
                    saved += save.apply(record.getValue()) ? 1 : 0;
                }
                catch (InvalidInputException e) {
                    problems.put(String.valueOf(record.getKey()), String.join(", ", e.errors().keySet()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return saved;
    }

}
