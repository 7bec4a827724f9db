package be.kompas.lookups.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One context file of the exchange format: its header checked against the columns the engine needs, its rows read
 * straight from the bytes. Context files are read whole, which costs memory in proportion to the context only.
 */
final class CsvTable {

    private final String file;
    private final Path path;
    private final List<String> header;

    /** Receives each data row that has as many fields as the header. */
    interface RowHandler {
        void row(Row row, long line);
    }

    /** The current row: fields as text, or straight from the bytes for identifiers and times. */
    static final class Row {
        private final CsvLine line = new CsvLine();
        private final Timestamps.Parser timestamps = new Timestamps.Parser();
        private int lastLength = -1;
        private long lastLow;
        private long lastHigh;
        private int lastResult;

        String text(int column) {
            return line.text(column);
        }

        boolean isEmpty(int column) {
            return line.length(column) == 0;
        }

        int get(IdIndex index, int column) {
            return line.length(column) == 0 ? IdIndex.ABSENT
                    : index.get(line.data(), line.start(column), line.length(column));
        }

        int intern(IdIndex index, int column) {
            return index.intern(line.data(), line.start(column), line.length(column));
        }

        void copy(int column, Growable.Keys keys) {
            keys.add(line.data(), line.start(column), line.length(column));
        }

        /**
         * As {@link #get}, remembering the last key looked up: files sorted by a key (case-subjects by case, rosters
         * by officer) then look each key up once, not once a row. For one index and column per row reader.
         */
        int getSorted(IdIndex index, int column) {
            int length = line.length(column);
            if (length == 0 || length > 16) {
                return get(index, column);
            }
            byte[] data = line.data();
            int start = line.start(column);
            long low = IdIndex.low(data, start, length);
            long high = IdIndex.high(data, start, length);
            if (length != lastLength || low != lastLow || high != lastHigh) {
                lastResult = index.get(data, start, length);
                lastLength = length;
                lastLow = low;
                lastHigh = high;
            }
            return lastResult;
        }

        long time(int column) {
            return timestamps.parse(line.data(), line.start(column), line.length(column));
        }
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

    /**
     * Rows to expect, from the length of the lines in the first 64 kB, a tenth more: enough to reserve room for the
     * file's columns at once instead of growing them step by step.
     */
    int expectedRows() {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] first = in.readNBytes(1 << 16);
            int lines = 0;
            for (byte b : first) {
                lines += b == '\n' ? 1 : 0;
            }
            long size = Files.size(path);
            return (int) Math.min(Integer.MAX_VALUE / 4, 16 + (lines == 0 ? 0 : size * lines / first.length * 11 / 10));
        }
        catch (IOException e) {
            return 16;
        }
    }

    /** Size of the file in bytes, or 0 if unknown. */
    long bytes() {
        try {
            return Files.size(path);
        }
        catch (IOException e) {
            return 0;
        }
    }

    /** Reads the data rows; short rows go to {@code badRows} with their line number. */
    void forEach(BadRows badRows, RowHandler handler) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        }
        catch (IOException e) {
            throw new InputException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        LineScanner lines = new LineScanner();
        Row row = new Row();
        int start = lines.end(bytes, 0, bytes.length) + 1;
        long lineNumber = 2 + lines.innerNewlines;
        while (start < bytes.length) {
            int end = lines.end(bytes, start, bytes.length);
            int to = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
            if (to > start) {
                row.line.split(bytes, start, to);
                if (row.line.count() < header.size()) {
                    badRows.add(file, lineNumber, "missing column: " + row.line.count() + " fields, header has "
                            + header.size());
                }
                else {
                    handler.row(row, lineNumber);
                }
            }
            lineNumber += lines.innerNewlines + 1;
            start = end + 1;
        }
    }

    /** Reads the first line, without the byte-order mark a spreadsheet may write. */
    static List<String> readHeader(String file, Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] first = in.readNBytes(1 << 16);
            int from = first.length >= 3 && first[0] == (byte) 0xEF && first[1] == (byte) 0xBB
                    && first[2] == (byte) 0xBF ? 3 : 0;
            int end = new LineScanner().end(first, from, first.length);
            int to = end > from && first[end - 1] == '\r' ? end - 1 : end;
            if (to <= from) {
                throw new InputException("File " + file + " is empty: it needs a header row");
            }
            CsvLine line = new CsvLine();
            line.split(first, from, to);
            List<String> header = new ArrayList<>();
            for (int i = 0; i < line.count(); i++) {
                header.add(line.text(i));
            }
            return header;
        }
        catch (IOException e) {
            throw new InputException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
