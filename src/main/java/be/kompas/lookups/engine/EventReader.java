package be.kompas.lookups.engine;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.jspecify.annotations.Nullable;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;

/**
 * Streams {@code events.csv} into a {@link Detector}.
 * <p>
 * A reader thread lets FastCSV parse and copies the four fields the engine needs into recycled batches of rows; the
 * calling thread resolves and detects. Parsing and detection cost about the same, so on two cores this nearly halves
 * the time, and an event costs no allocation unless it is suspicious. Bad rows are counted with their line numbers
 * and skipped.
 */
final class EventReader {

    static final String FILE = "events.csv";
    static final String[] REQUIRED_COLUMNS = { "event_id", "ts", "officer_id", "subject_id" };
    private static final int BATCH_ROWS = 4096;
    private static final int BATCHES = 4;

    private final LookupContext context;
    private final Detector detector;
    private final BadRows badRows;
    private final CharSlice[] fields = { new CharSlice(), new CharSlice(), new CharSlice(), new CharSlice() };
    /** Keeps {@link #warm}'s reads alive. */
    int warmth;

    EventReader(LookupContext context, Detector detector, BadRows badRows) {
        this.context = context;
        this.detector = detector;
        this.badRows = badRows;
    }

    void read(Path path, ScanListener listener) {
        long total;
        try {
            total = Files.size(path);
        }
        catch (IOException e) {
            throw new InputException("Cannot read " + FILE + ": " + e.getMessage(), e);
        }
        Parser parser = new Parser(path);
        Thread thread = new Thread(parser, "kompas-events-reader");
        thread.setDaemon(true);
        thread.start();
        long rows = 0;
        try {
            while (true) {
                Batch batch = parser.full.take();
                if (batch.last) {
                    break;
                }
                warm(batch);
                for (int row = 0; row < batch.rows; row++) {
                    check(batch, row, parser.headerSize);
                }
                rows += batch.rows;
                listener.progress(batch.bytesRead, total, rows);
                batch.rows = 0;
                parser.free.put(batch);
            }
            thread.join();
        }
        catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new InputException("Interrupted while reading " + FILE, e);
        }
        if (parser.failure != null) {
            throw parser.failure;
        }
        listener.progress(total, total, rows);
    }

    /** Subjects are a million random reads: touching them all first lets their cache misses overlap. */
    private void warm(Batch batch) {
        CharSlice subjectId = fields[3];
        int sum = 0;
        for (int row = 0; row < batch.rows; row++) {
            sum += context.warm(subjectId.wrap(batch.chars, batch.starts[row * 4 + 3], batch.lengths[row * 4 + 3]));
        }
        warmth += sum;
    }

    private void check(Batch batch, int row, int headerSize) {
        long line = batch.lines[row];
        int fieldCount = batch.fieldCounts[row];
        for (int f = 0; f < fields.length; f++) {
            int at = row * fields.length + f;
            fields[f].wrap(batch.chars, batch.starts[at], batch.lengths[at]);
        }
        CharSlice eventId = fields[0];
        CharSlice officerId = fields[2];
        CharSlice subjectId = fields[3];
        if (fieldCount < headerSize) {
            badRows.add(FILE, line, "missing column: " + fieldCount + " fields, header has " + headerSize);
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

    /** Rows of the four needed fields, their characters side by side in one array. */
    private static final class Batch {
        final long[] lines = new long[BATCH_ROWS];
        final int[] fieldCounts = new int[BATCH_ROWS];
        final int[] starts = new int[BATCH_ROWS * 4];
        final int[] lengths = new int[BATCH_ROWS * 4];
        char[] chars = new char[BATCH_ROWS * 64];
        int charCount;
        int rows;
        long bytesRead;
        boolean last;
    }

    /** Runs on the reader thread: parses with FastCSV and fills batches. */
    private static final class Parser extends AbstractBaseCsvCallbackHandler<Parser> implements Runnable {

        final BlockingQueue<Batch> full = new ArrayBlockingQueue<>(BATCHES + 1);
        final BlockingQueue<Batch> free = new ArrayBlockingQueue<>(BATCHES);
        volatile @Nullable InputException failure;
        volatile int headerSize;

        private final Path path;
        private final List<String> header = new ArrayList<>();
        private final int[] slotOf = new int[64];
        private boolean inHeader = true;
        private Batch batch = new Batch();
        private int row;

        Parser(Path path) {
            this.path = path;
            for (int i = 1; i < BATCHES; i++) {
                free.add(new Batch());
            }
        }

        @Override
        public void run() {
            try (CountingStream in = new CountingStream(Files.newInputStream(path));
                    CsvReader<Parser> reader = CsvTable.builder().build(this, in, StandardCharsets.UTF_8)) {
                for (Parser ignored : reader) {
                    if (inHeader) {
                        resolveHeader();
                    }
                    else if (++batch.rows == BATCH_ROWS) {
                        batch.bytesRead = in.count;
                        full.put(batch);
                        batch = free.take();
                        batch.charCount = 0;
                    }
                }
                batch.bytesRead = in.count;
                full.put(batch);
            }
            catch (InputException e) {
                failure = e;
            }
            catch (IOException | CsvParseException e) {
                failure = new InputException("Cannot read " + FILE + ": " + e.getMessage(), e);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            Batch end = new Batch();
            end.last = true;
            full.add(end);
        }

        private void resolveHeader() {
            inHeader = false;
            headerSize = header.size();
            Arrays.fill(slotOf, -1);
            for (int slot = 0; slot < REQUIRED_COLUMNS.length; slot++) {
                int column = header.indexOf(REQUIRED_COLUMNS[slot]);
                if (column < 0) {
                    throw new InputException("File " + FILE + " lacks required column '" + REQUIRED_COLUMNS[slot]
                            + "'");
                }
                if (column < slotOf.length) {
                    slotOf[column] = slot;
                }
            }
        }

        @Override
        protected void handleBegin(long startingLineNumber) {
            if (!inHeader) {
                row = batch.rows;
                batch.lines[row] = startingLineNumber;
                Arrays.fill(batch.lengths, row * 4, row * 4 + 4, 0);
            }
        }

        @Override
        protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
            if (inHeader) {
                header.add(new String(buf, offset, len).trim());
                return;
            }
            batch.fieldCounts[row] = fieldIdx + 1;
            int slot = fieldIdx < slotOf.length ? slotOf[fieldIdx] : -1;
            if (slot < 0) {
                return;
            }
            int start = offset;
            int end = offset + len;
            while (start < end && buf[start] == ' ') {
                start++;
            }
            while (end > start && buf[end - 1] == ' ') {
                end--;
            }
            int count = end - start;
            if (batch.charCount + count > batch.chars.length) {
                batch.chars = Arrays.copyOf(batch.chars, Math.max(batch.chars.length * 2, batch.charCount + count));
            }
            System.arraycopy(buf, start, batch.chars, batch.charCount, count);
            batch.starts[row * 4 + slot] = batch.charCount;
            batch.lengths[row * 4 + slot] = count;
            batch.charCount += count;
        }

        @Override
        protected Parser buildRecord() {
            return this;
        }
    }

    /** Counts bytes for the progress callback. */
    private static final class CountingStream extends FilterInputStream {
        private volatile long count;

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
