package be.kompas.lookups.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;

import org.jspecify.annotations.Nullable;

/**
 * Streams {@code events.csv} into a {@link Detector}, using every core.
 * <p>
 * A splitter thread reads the file in blocks of whole lines; examiner threads parse their blocks straight from the
 * bytes and examine each look-up (the bulk of the work, which needs no shared state); the calling thread takes their
 * suspects back in file order and runs the bursts and repeats. Blocks in flight are bounded, so memory does not grow
 * with the file. An event that is neither suspicious nor bad costs no allocation. Bad rows are counted with their line
 * numbers and skipped.
 */
final class EventReader {

    static final String FILE = "events.csv";
    static final String[] REQUIRED_COLUMNS = { "event_id", "ts", "officer_id", "subject_id" };
    private static final int BLOCK_BYTES = 1 << 20;
    /** Rows whose random reads are made together: few enough that what they read stays in the core's own cache. */
    private static final int CHUNK = 256;

    private final LookupContext context;
    private final Detector detector;
    private final BadRows badRows;
    private final DetectionSettings settings;
    private final int workers = Math.max(1, Runtime.getRuntime().availableProcessors());

    private final BlockingQueue<Block> work = new ArrayBlockingQueue<>(64);
    private final BlockingQueue<byte[]> buffers = new ArrayBlockingQueue<>(64);
    private final Semaphore inFlight = new Semaphore(workers * 2 + 2);
    private final Map<Long, Result> results = new HashMap<>();
    private volatile @Nullable RuntimeException failure;
    /** Keeps the touching reads of {@link #examine(Block, CsvLine, ByteText, ByteText, Rows)} from being removed. */
    volatile int warmth;

    private int headerSize;
    private final int[] columns = new int[REQUIRED_COLUMNS.length];

    EventReader(LookupContext context, Detector detector, BadRows badRows, DetectionSettings settings) {
        this.context = context;
        this.detector = detector;
        this.badRows = badRows;
        this.settings = settings;
    }

    /** A run of whole lines. */
    private record Block(long seq, byte[] bytes, int length, long endOffset) {
    }

    /**
     * What an examiner thread found in one block: bad rows have line numbers counted from the block's start, which
     * only the calling thread knows; {@code last} marks the end of the file.
     */
    private record Result(long seq, List<Suspect> suspects, Examiner counts, List<BadRows.BadRow> bad, long badCount,
            long lines, long endOffset, boolean last) {
    }

    void read(Path path, ScanListener listener) {
        long total;
        InputStream in;
        try {
            total = Files.size(path);
            in = Files.newInputStream(path);
        }
        catch (IOException e) {
            throw new InputException("Cannot read " + FILE + ": " + e.getMessage(), e);
        }
        List<Thread> threads = new ArrayList<>();
        try (in) {
            long headerBytes = readHeader(path, in);
            threads.add(start("kompas-events-splitter", () -> split(in, headerBytes)));
            for (int i = 0; i < workers; i++) {
                threads.add(start("kompas-events-examiner-" + i, this::examine));
            }
            long firstLine = 2;
            for (long seq = 0;; seq++) {
                Result result = take(seq);
                if (result.last) {
                    break;
                }
                for (Suspect suspect : result.suspects) {
                    detector.offer(suspect);
                }
                detector.count(result.counts);
                detector.advance(result.counts.maxTs);
                for (BadRows.BadRow row : result.bad) {
                    badRows.add(row.file(), firstLine + row.line(), row.error());
                }
                badRows.addAll(List.of(), result.badCount - result.bad.size());
                firstLine += result.lines;
                inFlight.release();
                listener.progress(result.endOffset, total, detector.events());
            }
        }
        catch (IOException e) {
            throw new InputException("Cannot read " + FILE + ": " + e.getMessage(), e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException("Interrupted while reading " + FILE, e);
        }
        finally {
            threads.forEach(Thread::interrupt);
        }
        listener.progress(total, total, detector.events());
    }

    private static Thread start(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Resolves the header's columns and skips past it; returns its length in bytes. */
    private long readHeader(Path path, InputStream in) throws IOException {
        List<String> names = CsvTable.readHeader(FILE, path);
        headerSize = names.size();
        for (int slot = 0; slot < REQUIRED_COLUMNS.length; slot++) {
            columns[slot] = names.indexOf(REQUIRED_COLUMNS[slot]);
            if (columns[slot] < 0) {
                throw new InputException("File " + FILE + " lacks required column '" + REQUIRED_COLUMNS[slot] + "'");
            }
        }
        long length = 0;
        for (int b = in.read(); b >= 0; b = in.read()) {
            length++;
            if (b == '\n') {
                break;
            }
        }
        return length;
    }

    /** Splitter thread: cuts the file after the last line end outside quotes of each buffer. */
    private void split(InputStream in, long headerBytes) {
        long seq = 0;
        LineScanner lines = new LineScanner();
        try {
            byte[] carry = new byte[0];
            int carried = 0;
            long offset = headerBytes;
            boolean eof = false;
            while (!eof) {
                byte[] buffer = buffers.poll();
                int size = Math.max(BLOCK_BYTES, carried * 2);
                if (buffer == null || buffer.length < size) {
                    buffer = new byte[size];
                }
                System.arraycopy(carry, 0, buffer, 0, carried);
                int filled = carried;
                while (filled < buffer.length) {
                    int n = in.read(buffer, filled, buffer.length - filled);
                    if (n < 0) {
                        eof = true;
                        break;
                    }
                    filled += n;
                }
                int cut = 0;
                if (hasQuote(buffer, filled)) {
                    for (int end = lines.end(buffer, 0, filled); end < filled; end = lines.end(buffer, cut, filled)) {
                        cut = end + 1;
                    }
                }
                else {
                    cut = lastNewline(buffer, filled) + 1;
                }
                if (eof) {
                    cut = filled;
                }
                if (cut == 0) {
                    // One line longer than the buffer: read on with a bigger one.
                    carry = Arrays.copyOf(buffer, filled);
                    carried = filled;
                    continue;
                }
                if (carry.length < filled - cut) {
                    carry = new byte[Math.max(filled - cut, BLOCK_BYTES)];
                }
                System.arraycopy(buffer, cut, carry, 0, filled - cut);
                carried = filled - cut;
                offset += cut;
                inFlight.acquire();
                work.put(new Block(seq++, buffer, cut, offset));
            }
        }
        catch (IOException e) {
            fail(new InputException("Cannot read " + FILE + ": " + e.getMessage(), e));
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        deliver(new Result(seq, List.of(), new Examiner(context, settings), List.of(), 0, 0, 0, true));
        for (int i = 0; i < workers; i++) {
            work.add(new Block(-1, new byte[0], 0, 0));
        }
    }

    /** Most exports quote nothing; then a block can end at its last line end without reading it all. */
    private static boolean hasQuote(byte[] bytes, int length) {
        int quotes = 0;
        for (int i = 0; i < length; i++) {
            quotes += bytes[i] == '"' ? 1 : 0;
        }
        return quotes > 0;
    }

    private static int lastNewline(byte[] bytes, int length) {
        for (int i = length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Examiner thread: parses and examines blocks until the end. */
    private void examine() {
        CsvLine line = new CsvLine();
        ByteText eventId = new ByteText();
        ByteText subjectId = new ByteText();
        Rows rows = new Rows();
        try {
            while (true) {
                Block block = work.take();
                if (block.seq < 0) {
                    return;
                }
                deliver(examine(block, line, eventId, subjectId, rows));
                buffers.offer(block.bytes);
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        catch (RuntimeException e) {
            fail(e instanceof InputException input ? input : new InputException("Cannot read " + FILE + ": " + e, e));
        }
    }

    /**
     * Examines a block in stages rather than row by row: first parse all its rows, then, a chunk of rows at a time,
     * resolve each subject's slot (read a chunk earlier), read each subject's record, read the next chunk's slots, and
     * examine. The random reads of one stage do not depend on each other, so the processor overlaps their cache misses
     * instead of waiting for each in turn; a chunk is small enough that what it read is still in the core's cache
     * when it is used (a whole block's reads were not).
     */
    private Result examine(Block block, CsvLine line, ByteText eventId, ByteText subjectId, Rows rows) {
        Examiner examiner = new Examiner(context, settings);
        List<BadRows.BadRow> bad = new ArrayList<>();
        long badCount = 0;
        byte[] bytes = block.bytes;
        long lineNumber = 0;
        LineScanner lines = new LineScanner();
        rows.count = 0;
        int start = 0;
        while (start < block.length) {
            int end = line.splitToLineEnd(bytes, start, block.length);
            long innerNewlines = 0;
            if (end < 0) {
                end = lines.end(bytes, start, block.length);
                innerNewlines = lines.innerNewlines;
                line.split(bytes, start, end > start && bytes[end - 1] == '\r' ? end - 1 : end);
            }
            int to = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
            if (to > start) {
                String error = parse(line, bytes, rows);
                if (error != null) {
                    badCount++;
                    if (bad.size() < BadRows.KEPT) {
                        bad.add(new BadRows.BadRow(FILE, lineNumber, error));
                    }
                }
            }
            lineNumber += innerNewlines + 1;
            start = end + 1;
        }
        List<Suspect> suspects = new ArrayList<>();
        int touched = touchSubjects(rows, 0);
        for (int chunk = 0; chunk < rows.count; chunk += CHUNK) {
            int chunkEnd = Math.min(rows.count, chunk + CHUNK);
            for (int r = chunk; r < chunkEnd; r++) {
                rows.subject[r] = context.subject(rows.subjectHash[r], rows.source[r], rows.subjectStart[r],
                        rows.subjectLength[r], rows.subjectLow[r], rows.subjectHigh[r]);
            }
            for (int r = chunk; r < chunkEnd; r++) {
                touched += context.touchRecord(rows.subject[r]);
            }
            touched += touchSubjects(rows, chunkEnd);
            for (int r = chunk; r < chunkEnd; r++) {
                eventId.wrap(rows.source[r], rows.eventStart[r], rows.eventLength[r]);
                subjectId.wrap(rows.source[r], rows.subjectStart[r], rows.subjectLength[r]);
                Suspect suspect = examiner.examine(rows.ts[r], rows.officer[r], rows.subject[r], eventId, subjectId);
                if (suspect != null) {
                    suspects.add(suspect);
                }
            }
        }
        warmth += touched;
        return new Result(block.seq, suspects, examiner, bad, badCount, lineNumber, block.endOffset, false);
    }

    /** Reads the subjects' slots of the chunk of rows from {@code from}, so that their cache misses overlap. */
    private int touchSubjects(Rows rows, int from) {
        int touched = 0;
        for (int r = from, end = Math.min(rows.count, from + CHUNK); r < end; r++) {
            touched += context.touchSubject(rows.subjectHash[r]);
        }
        return touched;
    }

    /** Parses one split row into {@code rows}; returns what is wrong with it, or null. */
    private @Nullable String parse(CsvLine line, byte[] bytes, Rows rows) {
        if (line.count() < headerSize) {
            return "missing column: " + line.count() + " fields, header has " + headerSize;
        }
        int event = columns[0];
        int ts = columns[1];
        int officer = columns[2];
        int subject = columns[3];
        if (line.length(event) == 0 || line.length(subject) == 0) {
            return line.length(event) == 0 ? "empty event_id" : "empty subject_id";
        }
        byte[] data = line.data();
        long time = rows.timestamps.parse(data, line.start(ts), line.length(ts));
        if (time == Timestamps.INVALID) {
            return "bad timestamp '" + line.text(ts) + "'";
        }
        int officerIndex = context.officer(data, line.start(officer), line.length(officer));
        if (officerIndex == IdIndex.ABSENT) {
            return "unknown officer '" + line.text(officer) + "'";
        }
        // A quoted row was unquoted into a scratch buffer that the next row reuses: keep a copy (rare).
        rows.add(data == bytes ? bytes : Arrays.copyOf(data, data.length), line.start(event), line.length(event),
                line.start(subject), line.length(subject), time, officerIndex);
        return null;
    }

    /** The parsed rows of one block, in columns, reused block after block by one examiner thread. */
    private static final class Rows {
        byte[][] source = new byte[0][];
        int[] eventStart = new int[0];
        int[] eventLength = new int[0];
        int[] subjectStart = new int[0];
        int[] subjectLength = new int[0];
        int[] officer = new int[0];
        int[] subject = new int[0];
        int[] subjectHash = new int[0];
        long[] subjectLow = new long[0];
        long[] subjectHigh = new long[0];
        long[] ts = new long[0];
        int count;
        final Timestamps.Parser timestamps = new Timestamps.Parser();

        void add(byte[] data, int eventFrom, int eventCount, int subjectFrom, int subjectCount, long time,
                int officerIndex) {
            if (count == ts.length) {
                int size = Math.max(1024, count * 2);
                source = Arrays.copyOf(source, size);
                eventStart = Arrays.copyOf(eventStart, size);
                eventLength = Arrays.copyOf(eventLength, size);
                subjectStart = Arrays.copyOf(subjectStart, size);
                subjectLength = Arrays.copyOf(subjectLength, size);
                officer = Arrays.copyOf(officer, size);
                subject = Arrays.copyOf(subject, size);
                subjectHash = Arrays.copyOf(subjectHash, size);
                subjectLow = Arrays.copyOf(subjectLow, size);
                subjectHigh = Arrays.copyOf(subjectHigh, size);
                ts = Arrays.copyOf(ts, size);
            }
            source[count] = data;
            eventStart[count] = eventFrom;
            eventLength[count] = eventCount;
            subjectStart[count] = subjectFrom;
            subjectLength[count] = subjectCount;
            long low = IdIndex.low(data, subjectFrom, subjectCount);
            long high = IdIndex.high(data, subjectFrom, subjectCount);
            subjectLow[count] = low;
            subjectHigh[count] = high;
            subjectHash[count] = IdIndex.hash(data, subjectFrom, subjectCount, low, high);
            ts[count] = time;
            officer[count++] = officerIndex;
        }
    }

    private void deliver(Result result) {
        synchronized (results) {
            results.put(result.seq, result);
            results.notifyAll();
        }
    }

    private void fail(InputException e) {
        synchronized (results) {
            failure = e;
            results.notifyAll();
        }
    }

    private Result take(long seq) throws InterruptedException {
        synchronized (results) {
            while (!results.containsKey(seq)) {
                RuntimeException failed = failure;
                if (failed != null) {
                    throw failed;
                }
                results.wait();
            }
            return results.remove(seq);
        }
    }

    /** UTF-8 bytes seen as characters; identifiers are ASCII in practice, and only suspects make a string. */
    private static final class ByteText implements CharSequence {
        private byte[] bytes = new byte[0];
        private int from;
        private int length;

        void wrap(byte[] source, int start, int count) {
            bytes = source;
            from = start;
            length = count;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            return (char) (bytes[from + index] & 0xff);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return toString().substring(start, end);
        }

        @Override
        public String toString() {
            return new String(bytes, from, length, StandardCharsets.UTF_8);
        }
    }
}
