package be.kompas.lookups.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/** One input file of the exchange format: its header checked against the columns the engine needs. */
final class CsvTable {

    private final String file;
    private final Path path;
    private final List<String> header;

    /** Receives each data row that has as many fields as the header. */
    interface RowHandler {
        void row(CsvRecord row, long line);
    }

    private CsvTable(String file, Path path, List<String> header) {
        this.file = file;
        this.path = path;
        this.header = header;
    }

    /** Opens a required file; a missing file or column is an {@link InputException} naming it. */
    static CsvTable required(Path directory, String file, String... columns) {
        CsvTable table = optional(directory, file, columns);
        if (table == null) {
            throw new InputException("Missing required file " + file + " in " + directory);
        }
        return table;
    }

    /** Opens an optional file, or returns null if it is absent; a missing column is still an error. */
    static @Nullable CsvTable optional(Path directory, String file, String... columns) {
        Path path = directory.resolve(file);
        if (!Files.isRegularFile(path)) {
            return null;
        }
        List<String> header = readHeader(file, path);
        for (String column : columns) {
            if (!header.contains(column)) {
                throw new InputException("File " + file + " lacks required column '" + column + "' (header: "
                        + String.join(",", header) + ")");
            }
        }
        return new CsvTable(file, path, header);
    }

    String file() {
        return file;
    }

    Path path() {
        return path;
    }

    List<String> header() {
        return header;
    }

    /** The position of a column, or -1 for an absent optional one. */
    int column(String name) {
        return header.indexOf(name);
    }

    /** Estimated number of rows, to size indices before reading. */
    int estimatedRows() {
        try {
            return (int) Math.min(Integer.MAX_VALUE / 4, Math.max(16, Files.size(path) / 40));
        }
        catch (IOException e) {
            return 16;
        }
    }

    /** Reads the data rows; short rows go to {@code badRows} with their line number. */
    void forEach(BadRows badRows, RowHandler handler) {
        try (InputStream in = Files.newInputStream(path); CsvReader<CsvRecord> reader = reader(in)) {
            boolean first = true;
            for (CsvRecord record : reader) {
                if (first) {
                    first = false;
                    continue;
                }
                long line = record.getStartingLineNumber();
                if (record.getFieldCount() < header.size()) {
                    badRows.add(file, line, "missing column: " + record.getFieldCount() + " fields, header has "
                            + header.size());
                    continue;
                }
                handler.row(record, line);
            }
        }
        catch (IOException | CsvParseException e) {
            throw new InputException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static CsvReader<CsvRecord> reader(InputStream in) {
        return builder().ofCsvRecord(in);
    }

    static CsvReader.CsvReaderBuilder builder() {
        return CsvReader.builder().allowMissingFields(true).allowExtraFields(true).detectBomHeader(true);
    }

    private static List<String> readHeader(String file, Path path) {
        try (InputStream in = Files.newInputStream(path); CsvReader<CsvRecord> reader = reader(in)) {
            for (CsvRecord record : reader) {
                List<String> header = new ArrayList<>();
                for (String field : record.getFields()) {
                    header.add(field.trim());
                }
                return header;
            }
            throw new InputException("File " + file + " is empty: it needs a header row");
        }
        catch (IOException | CsvParseException e) {
            throw new InputException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
