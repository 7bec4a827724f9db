package be.kompas.lookups.engine;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;

/**
 * Streams {@code events.csv} into a {@link Detector}, row by row.
 * <p>
 * FastCSV handles the quoting; this callback copies the four fields the engine needs into reusable buffers, so an
 * event costs no allocation unless it is suspicious. Bad rows are counted with their line numbers and skipped.
 */
final class EventReader extends AbstractBaseCsvCallbackHandler<EventReader> {

    static final String FILE = "events.csv";
    static final String[] REQUIRED_COLUMNS = { "event_id", "ts", "officer_id", "subject_id" };
    private static final int PROGRESS_EVERY = 1 << 16;

    private final LookupContext context;
    private final Detector detector;
    private final BadRows badRows;
    private final List<String> header = new ArrayList<>();
    private final CharSlice[] fields = { new CharSlice(), new CharSlice(), new CharSlice(), new CharSlice() };
    private final int[] fieldOf = new int[64];
    private boolean inHeader = true;

    EventReader(LookupContext context, Detector detector, BadRows badRows) {
        this.context = context;
        this.detector = detector;
        this.badRows = badRows;
    }

    void read(Path path, ScanListener listener) {
        try (CountingStream in = new CountingStream(Files.newInputStream(path));
                CsvReader<EventReader> reader = CsvTable.builder().build(this, in, StandardCharsets.UTF_8)) {
            long total = Files.size(path);
            long rows = 0;
            for (EventReader row : reader) {
                if (inHeader) {
                    resolveHeader();
                    continue;
                }
                check();
                if (++rows % PROGRESS_EVERY == 0) {
                    listener.progress(in.count, total, rows);
                }
            }
            listener.progress(total, total, rows);
        }
        catch (IOException | CsvParseException e) {
            throw new InputException("Cannot read " + FILE + ": " + e.getMessage(), e);
        }
    }

    private void resolveHeader() {
        inHeader = false;
        java.util.Arrays.fill(fieldOf, -1);
        for (int slot = 0; slot < REQUIRED_COLUMNS.length; slot++) {
            int column = header.indexOf(REQUIRED_COLUMNS[slot]);
            if (column < 0) {
                throw new InputException("File " + FILE + " lacks required column '" + REQUIRED_COLUMNS[slot] + "'");
            }
            if (column < fieldOf.length) {
                fieldOf[column] = slot;
            }
        }
    }

    private void check() {
        long line = getStartingLineNumber();
        CharSlice eventId = fields[0];
        CharSlice officerId = fields[2];
        CharSlice subjectId = fields[3];
        if (getFieldCount() < header.size()) {
            badRows.add(FILE, line, "missing column: " + getFieldCount() + " fields, header has " + header.size());
            return;
        }
        if (eventId.length() == 0 || subjectId.length() == 0) {
            badRows.add(FILE, line, eventId.length() == 0 ? "empty event_id" : "empty subject_id");
            return;
        }
        long ts = Timestamps.parse(fields[1]);
        if (ts == Timestamps.INVALID) {
            badRows.add(FILE, line, "bad timestamp '" + fields[1] + "'");
            return;
        }
        int officer = context.officer(officerId);
        if (officer == IdIndex.ABSENT) {
            badRows.add(FILE, line, "unknown officer '" + officerId + "'");
            return;
        }
        detector.accept(ts, officer, context.subject(subjectId), eventId, subjectId);
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        for (CharSlice field : fields) {
            field.clear();
        }
    }

    @Override
    protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
        if (inHeader) {
            header.add(new String(buf, offset, len).trim());
            return;
        }
        int slot = fieldIdx < fieldOf.length ? fieldOf[fieldIdx] : -1;
        if (slot >= 0) {
            int start = offset;
            int end = offset + len;
            while (start < end && buf[start] == ' ') {
                start++;
            }
            while (end > start && buf[end - 1] == ' ') {
                end--;
            }
            fields[slot].set(buf, start, end - start);
        }
    }

    @Override
    protected EventReader buildRecord() {
        return this;
    }

    /** Counts bytes for the progress callback. */
    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
