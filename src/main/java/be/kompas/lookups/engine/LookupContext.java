package be.kompas.lookups.engine;

import java.nio.file.Path;
import java.util.BitSet;

/**
 * Everything that explains or colours a look-up: staff, subjects, cases, rosters and declared relations, interned
 * into int indices and flat arrays.
 * <p>
 * Its size depends on the context only, never on the number of events: about 60 bytes a subject, 24 bytes a
 * case-subject row and 16 bytes a shift.
 */
public final class LookupContext {

    private static final int UNKNOWN = -1;
    private static final int RECORD_HEADER = 3;
    /** Flags in a record's third long, below the number of cases: a VIP, a subject in a declared relation. */
    private static final long VIP = 1;
    private static final long RELATED = 2;

    final IdIndex officers;
    private final int[] officerTeam;
    private final int[] officerSurname;
    private final int[] officerAddress;

    private final String[] officerNames;

    /** Subjects by identifier; each one's payload is where its record starts in {@link #records}. */
    final IdIndex subjects;
    /**
     * One record per subject, so that a look-up costs one cache miss here after the one in {@link #subjects}:
     * surname and address, officer (or -1) and the subject's index, the number of its cases and the flags (VIP, in a
     * declared relation, which spares most look-ups the relation set), then
     * team, opened and closed for each case it is in. A subject is known to the event path by its record's offset.
     */
    private final long[] records;

    private final LongSet relations;

    private final boolean hasRosters;
    private final int[] officerShiftStart;
    private final long[] shiftStarts;
    private final long[] shiftEnds;

    private final int cases;
    private final int caseSubjects;

    private LookupContext(Loader loader) {
        officers = loader.officers;
        int staff = officers.size();
        officerTeam = loader.officerTeam.toArray(staff);
        officerSurname = loader.officerSurname.toArray(staff);
        officerAddress = loader.officerAddress.toArray(staff);
        officerNames = new String[staff];
        for (int o = 0; o < staff; o++) {
            officerNames[o] = officers.name(o);
        }
        subjects = loader.subjects;
        int subjectCount = subjects.size();
        relations = loader.relations;
        cases = loader.caseTeams.size();
        caseSubjects = loader.pairCase.size();

        int[] subjectCases = new int[subjectCount];
        for (int i = 0; i < caseSubjects; i++) {
            subjectCases[loader.pairSubject.get(i)]++;
        }
        int[] starts = new int[subjectCount];
        int size = 0;
        for (int s = 0; s < subjectCount; s++) {
            starts[s] = size;
            size += RECORD_HEADER + subjectCases[s] * 3;
        }
        records = new long[size];
        // The index's payloads and the records are written side by side: they share nothing but the offsets.
        besides("kompas-context-payloads", () -> subjects.setPayloads(starts), () -> {
            for (int s = 0; s < subjectCount; s++) {
                int at = starts[s];
                records[at] = (long) loader.subjectSurname.get(s) << 32 | loader.subjectAddress.get(s) & 0xffffffffL;
                records[at + 1] = (long) loader.subjectOfficer.get(s) << 32 | s;
                records[at + 2] = (long) subjectCases[s] << 2 | (loader.vips.get(s) ? VIP : 0);
            }
            relations.forEach(pair -> records[starts[(int) pair] + 2] |= RELATED);
            int[] fill = new int[subjectCount];
            for (int s = 0; s < subjectCount; s++) {
                fill[s] = starts[s] + RECORD_HEADER;
            }
            for (int i = 0; i < caseSubjects; i++) {
                int caseIndex = loader.pairCase.get(i);
                int at = fill[loader.pairSubject.get(i)];
                fill[loader.pairSubject.get(i)] += 3;
                records[at] = loader.caseTeams.get(caseIndex);
                records[at + 1] = loader.caseOpened.get(caseIndex);
                records[at + 2] = loader.caseClosed.get(caseIndex);
            }
        });

        hasRosters = loader.hasRosters;
        officerShiftStart = loader.officerShiftStart;
        shiftStarts = loader.shiftStarts;
        shiftEnds = loader.shiftEnds;
    }

    /** Reads the context files of an exchange-format directory; bad rows are counted in {@code badRows}. */
    public static LookupContext load(Path directory, BadRows badRows) {
        return new LookupContext(new Loader(directory, badRows));
    }

    public int staffCount() {
        return officers.size();
    }

    public int subjectCount() {
        return subjects.size();
    }

    public int caseCount() {
        return cases;
    }

    public int caseSubjectCount() {
        return caseSubjects;
    }

    public int officer(CharSequence officerId) {
        return officers.get(officerId);
    }

    /** The subject's identifier, made into a string only if it is read. */
    CharSequence subjectName(int subject) {
        return new IndexedName(subjects, (int) records[subject + 1]);
    }

    public String officerId(int officer) {
        return officerNames[officer];
    }

    /** The subject as the event path knows it (where its record starts), or -1 if the context does not know it. */
    public int subject(CharSequence subjectId) {
        return subjects.payload(subjectId);
    }

    int officer(byte[] source, int from, int length) {
        return officers.get(source, from, length);
    }

    int subject(byte[] source, int from, int length) {
        return subjects.payload(source, from, length);
    }

    /** As {@link #subject(byte[], int, int)}, for an identifier whose hash and first bytes the caller has read. */
    int subject(int hash, byte[] source, int from, int length, long low, long high) {
        return subjects.payload(hash, source, from, length, low, high);
    }

    /** Reads where a subject's slot is, so that a later {@link #subject} finds it in the cache; see EventReader. */
    int touchSubject(int hash) {
        return subjects.touch(hash);
    }

    /** Reads a subject's record, its first case included, for the same reason. */
    int touchRecord(int subject) {
        if (subject < 0) {
            return 0;
        }
        return (int) (records[subject] ^ records[Math.min(records.length - 1, subject + RECORD_HEADER + 2)]);
    }

    /** Whether a case of the officer's team, open at {@code ts}, involves the subject. */
    public boolean explains(int officer, int subject, long ts) {
        int team = officerTeam[officer];
        if (subject < 0 || team == UNKNOWN) {
            return false;
        }
        int from = subject + RECORD_HEADER;
        for (int i = from, end = from + (int) (records[subject + 2] >>> 2) * 3; i < end; i += 3) {
            if (records[i] == team && Rules.isOpen(records[i + 1], records[i + 2], ts)) {
                return true;
            }
        }
        return false;
    }

    /** The look-up's own reasons (see {@link Rules#ownReasons}); {@code subject} is -1 for an unknown subject. */
    public int ownReasons(int officer, int subject, boolean explained) {
        if (subject < 0) {
            return Rules.ownReasons(explained, false, false, false, false, false, false);
        }
        int surname = officerSurname[officer];
        int address = officerAddress[officer];
        long names = records[subject];
        long people = records[subject + 1];
        int subjectOfficer = (int) (people >> 32);
        return Rules.ownReasons(explained, subjectOfficer == officer, subjectOfficer != UNKNOWN,
                surname != UNKNOWN && (int) (names >> 32) == surname, address != UNKNOWN && (int) names == address,
                (records[subject + 2] & RELATED) != 0 && relations.contains(pair(officer, (int) people)),
                (records[subject + 2] & VIP) != 0);
    }

    /** Off duty means outside every shift of an officer who has shifts; without rosters nobody is off duty. */
    public boolean offDuty(int officer, long ts, long graceMillis) {
        int from = officerShiftStart[officer];
        int to = officerShiftStart[officer + 1];
        return hasRosters && from < to && !Rules.onDuty(shiftStarts, shiftEnds, from, to, ts, graceMillis);
    }

    /**
     * Runs {@code background} on a new thread while this one runs {@code foreground}, and returns when both are done;
     * a failure of either is thrown here.
     */
    private static void besides(String name, Runnable background, Runnable foreground) {
        Throwable[] failure = new Throwable[1];
        Thread thread = new Thread(() -> {
            try {
                background.run();
            }
            catch (RuntimeException | Error e) {
                failure[0] = e;
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        try {
            foreground.run();
        }
        finally {
            try {
                thread.join();
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InputException("Interrupted while loading the context", e);
            }
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
    }

    private static long pair(int officer, int subject) {
        return ((long) officer << 32) | (subject & 0xffffffffL);
    }

    /** Reads the files into growable columns; the context then freezes them into arrays. */
    private static final class Loader {

        private final BadRows badRows;
        /** Keeps the touching reads of {@link #resolveCaseSubjects} from being removed. */
        int warmth;
        private final IdIndex surnames = new IdIndex(1024);
        private final IdIndex spellings = new IdIndex(1024);
        private final Growable.Ints spellingKeys = new Growable.Ints();
        private final IdIndex addresses;
        private final IdIndex teams = new IdIndex(64);

        private final IdIndex officers;
        private final Growable.Ints officerTeam = new Growable.Ints();
        private final Growable.Ints officerSurname = new Growable.Ints();
        private final Growable.Ints officerAddress = new Growable.Ints();

        private final IdIndex subjects;
        private final Growable.Ints subjectSurname = new Growable.Ints();
        private final Growable.Ints subjectAddress = new Growable.Ints();
        private final Growable.Ints subjectOfficer = new Growable.Ints();
        private final BitSet vips = new BitSet();

        private final Growable.Ints caseTeams = new Growable.Ints();
        private final Growable.Longs caseOpened = new Growable.Longs();
        private final Growable.Longs caseClosed = new Growable.Longs();
        private final Growable.Ints pairCase = new Growable.Ints();
        private final Growable.Ints pairSubject = new Growable.Ints();
        private final Growable.Keys pairSubjectIds = new Growable.Keys();

        private final LongSet relations = new LongSet();

        private boolean hasRosters;
        private final Growable.Ints shiftOfficer = new Growable.Ints();
        private final Growable.Longs shiftStart = new Growable.Longs();
        private final Growable.Longs shiftEnd = new Growable.Longs();
        private int[] officerShiftStart = new int[0];
        private long[] shiftStarts = new long[0];
        private long[] shiftEnds = new long[0];

        Loader(Path directory, BadRows badRows) {
            this.badRows = badRows;
            CsvTable staff = CsvTable.required(directory, "staff.csv", "officer_id", "surname", "address_id",
                    "team_id");
            CsvTable subjectTable = CsvTable.required(directory, "subjects.csv", "subject_id", "surname",
                    "address_id", "officer_id", "flags");
            CsvTable caseTable = CsvTable.required(directory, "cases.csv", "case_ref", "team_id", "opened_at",
                    "closed_at");
            CsvTable caseSubjects = CsvTable.required(directory, "case_subjects.csv", "case_ref", "subject_id");
            CsvTable.required(directory, "events.csv", EventReader.REQUIRED_COLUMNS);
            CsvTable rosters = CsvTable.optional(directory, "rosters.csv", "officer_id", "start", "end");
            CsvTable relationTable = CsvTable.optional(directory, "relations.csv", "officer_id", "subject_id");

            officers = new IdIndex(staff.estimatedRows());
            subjects = new IdIndex(subjectTable.estimatedRows());
            addresses = new IdIndex(staff.estimatedRows());
            readStaff(staff);
            // Subjects and cases share nothing but the staff, so they load side by side on two cores; the case side
            // also merges the shifts and reads the case-subject rows as far as it can without the subjects, which
            // are then resolved (see resolveCaseSubjects). Columns are reserved at once: growing them by doubling
            // made a large ("humongous") copy each time, and each made G1 start another concurrent cycle.
            int subjectRows = subjectTable.expectedRows();
            subjectSurname.reserve(subjectRows);
            subjectAddress.reserve(subjectRows);
            subjectOfficer.reserve(subjectRows);
            int caseRows = caseTable.expectedRows();
            caseTeams.reserve(caseRows);
            caseOpened.reserve(caseRows);
            caseClosed.reserve(caseRows);
            int pairRows = caseSubjects.expectedRows();
            pairCase.reserve(pairRows);
            pairSubject.reserve(pairRows);
            pairSubjectIds.reserve(pairRows, (int) Math.min(Integer.MAX_VALUE / 2, caseSubjects.bytes() / 2));
            if (rosters != null) {
                int shiftRows = rosters.expectedRows();
                shiftOfficer.reserve(shiftRows);
                shiftStart.reserve(shiftRows);
                shiftEnd.reserve(shiftRows);
            }
            IdIndex caseRefs = new IdIndex(caseTable.estimatedRows());
            BadRows caseBadRows = new BadRows();
            besides("kompas-context-cases", () -> {
                readCases(caseTable, caseRefs, caseBadRows);
                if (rosters != null) {
                    readRosters(rosters, caseBadRows);
                }
                freezeShifts();
                readCaseSubjects(caseSubjects, caseRefs, caseBadRows);
            }, () -> readSubjects(subjectTable));
            badRows.addAll(caseBadRows.kept(), caseBadRows.count());
            hasRosters = rosters != null;
            resolveCaseSubjects();
            if (relationTable != null) {
                readRelations(relationTable);
            }
        }

        private void readStaff(CsvTable table) {
            int id = table.column("officer_id");
            int surname = table.column("surname");
            int address = table.column("address_id");
            int team = table.column("team_id");
            table.forEach(badRows, (row, line) -> {
                if (row.isEmpty(id)) {
                    badRows.add(table.file(), line, "empty officer_id");
                    return;
                }
                if (row.get(officers, id) != IdIndex.ABSENT) {
                    badRows.add(table.file(), line, "duplicate officer_id " + row.text(id));
                    return;
                }
                int officer = row.intern(officers, id);
                officerTeam.set(officer, row.isEmpty(team) ? UNKNOWN : row.intern(teams, team));
                officerSurname.set(officer, surnameKey(row, surname));
                officerAddress.set(officer, row.isEmpty(address) ? UNKNOWN : row.intern(addresses, address));
            });
        }

        private void readSubjects(CsvTable table) {
            int id = table.column("subject_id");
            int surname = table.column("surname");
            int address = table.column("address_id");
            int officer = table.column("officer_id");
            int flags = table.column("flags");
            table.forEach(badRows, (row, line) -> {
                if (row.isEmpty(id)) {
                    badRows.add(table.file(), line, "empty subject_id");
                    return;
                }
                int subject = subject(row, id);
                subjectSurname.set(subject, surnameKey(row, surname));
                // Only officers' addresses are interned: a subject's address matters only if it is one of them.
                subjectAddress.set(subject, row.get(addresses, address));
                subjectOfficer.set(subject, row.get(officers, officer));
                if (!row.isEmpty(flags)) {
                    for (String flag : row.text(flags).split(";")) {
                        if (flag.trim().equalsIgnoreCase("VIP")) {
                            vips.set(subject);
                        }
                    }
                }
            });
        }

        private void readCases(CsvTable table, IdIndex caseRefs, BadRows bad) {
            int ref = table.column("case_ref");
            int team = table.column("team_id");
            int opened = table.column("opened_at");
            int closed = table.column("closed_at");
            table.forEach(bad, (row, line) -> {
                long openedAt = row.time(opened);
                long closedAt = row.isEmpty(closed) ? Rules.STILL_OPEN : row.time(closed);
                if (row.isEmpty(ref) || row.get(caseRefs, ref) != IdIndex.ABSENT) {
                    bad.add(table.file(), line, row.isEmpty(ref) ? "empty case_ref"
                            : "duplicate case_ref " + row.text(ref));
                }
                else if (openedAt == Timestamps.INVALID || closedAt == Timestamps.INVALID) {
                    bad.add(table.file(), line, "bad timestamp in opened_at or closed_at");
                }
                else {
                    row.intern(caseRefs, ref);
                    caseTeams.add(row.isEmpty(team) ? UNKNOWN : row.intern(teams, team));
                    caseOpened.add(openedAt);
                    caseClosed.add(closedAt);
                }
            });
        }

        /** Reads the case of each case-subject row and keeps the subject's identifier for the main thread. */
        private void readCaseSubjects(CsvTable table, IdIndex caseRefs, BadRows bad) {
            int ref = table.column("case_ref");
            int subjectColumn = table.column("subject_id");
            table.forEach(bad, (row, line) -> {
                int caseIndex = row.getSorted(caseRefs, ref);
                if (caseIndex == IdIndex.ABSENT) {
                    bad.add(table.file(), line, "unknown case_ref " + row.text(ref));
                }
                else if (row.isEmpty(subjectColumn)) {
                    bad.add(table.file(), line, "empty subject_id");
                }
                else {
                    pairCase.add(caseIndex);
                    row.copy(subjectColumn, pairSubjectIds);
                }
            });
        }

        /**
         * Resolves the subjects of the case-subject rows: two threads find the known ones, each in its half of the
         * rows, a batch at a time (touching each one's slot first, so that the cache misses of a batch overlap); then
         * the rest, subjects only a case names, are interned in row order, so they get the same indices as if one
         * thread had done it all.
         */
        private void resolveCaseSubjects() {
            Growable.Keys ids = pairSubjectIds;
            int rows = ids.size();
            int[] found = new int[rows];
            int half = rows / 2;
            int[] touched = new int[2];
            besides("kompas-context-case-subjects", () -> touched[1] = find(ids, found, half, rows),
                    () -> touched[0] = find(ids, found, 0, half));
            warmth = touched[0] + touched[1];
            byte[] bytes = ids.bytes();
            pairSubject.reserve(rows);
            for (int i = 0; i < rows; i++) {
                pairSubject.add(found[i] != IdIndex.ABSENT ? found[i] : subject(bytes, ids.start(i), ids.length(i)));
            }
            ids.clear();
        }

        /** Finds the known subjects of rows {@code from} to {@code to}, leaving the others {@link IdIndex#ABSENT}. */
        private int find(Growable.Keys ids, int[] found, int from, int to) {
            byte[] bytes = ids.bytes();
            int touched = 0;
            for (int batch = from; batch < to; batch += 256) {
                int end = Math.min(to, batch + 256);
                for (int i = batch; i < end; i++) {
                    touched += subjects.touch(bytes, ids.start(i), ids.length(i));
                }
                for (int i = batch; i < end; i++) {
                    found[i] = subjects.get(bytes, ids.start(i), ids.length(i));
                }
            }
            return touched;
        }

        private void readRosters(CsvTable table, BadRows bad) {
            int officerColumn = table.column("officer_id");
            int startColumn = table.column("start");
            int endColumn = table.column("end");
            table.forEach(bad, (row, line) -> {
                int officer = row.getSorted(officers, officerColumn);
                long start = row.time(startColumn);
                long end = row.time(endColumn);
                if (officer == IdIndex.ABSENT) {
                    bad.add(table.file(), line, "unknown officer " + row.text(officerColumn));
                }
                else if (start == Timestamps.INVALID || end == Timestamps.INVALID || end < start) {
                    bad.add(table.file(), line, "bad shift start or end");
                }
                else {
                    shiftOfficer.add(officer);
                    shiftStart.add(start);
                    shiftEnd.add(end);
                }
            });
        }

        /** Sorts each officer's shifts by start and merges overlapping ones; runs beside the subjects. */
        private void freezeShifts() {
            int staff = officers.size();
            officerShiftStart = new int[staff + 1];
            int shifts = shiftOfficer.size();
            for (int i = 0; i < shifts; i++) {
                officerShiftStart[shiftOfficer.get(i) + 1]++;
            }
            for (int o = 0; o < staff; o++) {
                officerShiftStart[o + 1] += officerShiftStart[o];
            }
            shiftStarts = new long[shifts];
            shiftEnds = new long[shifts];
            int[] next = java.util.Arrays.copyOf(officerShiftStart, staff);
            for (int i = 0; i < shifts; i++) {
                int at = next[shiftOfficer.get(i)]++;
                shiftStarts[at] = shiftStart.get(i);
                shiftEnds[at] = shiftEnd.get(i);
            }
            for (int o = 0; o < staff; o++) {
                mergeShifts(officerShiftStart, shiftStarts, shiftEnds, o);
            }
        }

        private static void mergeShifts(int[] officerShiftStart, long[] shiftStarts, long[] shiftEnds, int officer) {
            int from = officerShiftStart[officer];
            int to = officerShiftStart[officer + 1];
            // Insertion sort: rosters are usually written in order, which makes this linear.
            for (int i = from + 1; i < to; i++) {
                long start = shiftStarts[i];
                long end = shiftEnds[i];
                int j = i - 1;
                while (j >= from && shiftStarts[j] > start) {
                    shiftStarts[j + 1] = shiftStarts[j];
                    shiftEnds[j + 1] = shiftEnds[j];
                    j--;
                }
                shiftStarts[j + 1] = start;
                shiftEnds[j + 1] = end;
            }
            // Overlapping shifts are merged in place; the tail is padded with the last interval so search stays valid.
            int kept = from;
            for (int i = from + 1; i < to; i++) {
                if (shiftStarts[i] <= shiftEnds[kept]) {
                    shiftEnds[kept] = Math.max(shiftEnds[kept], shiftEnds[i]);
                }
                else {
                    kept++;
                    shiftStarts[kept] = shiftStarts[i];
                    shiftEnds[kept] = shiftEnds[i];
                }
            }
            for (int i = kept + 1; i < to; i++) {
                shiftStarts[i] = shiftStarts[kept];
                shiftEnds[i] = shiftEnds[kept];
            }
        }

        private void readRelations(CsvTable table) {
            int officerColumn = table.column("officer_id");
            int subjectColumn = table.column("subject_id");
            table.forEach(badRows, (row, line) -> {
                int officer = row.get(officers, officerColumn);
                if (officer == IdIndex.ABSENT || row.isEmpty(subjectColumn)) {
                    badRows.add(table.file(), line, "unknown officer or empty subject_id");
                }
                else {
                    relations.add(pair(officer, subject(row, subjectColumn)));
                }
            });
        }

        /** Subjects named only by a case or a relation still get an index, with nothing known about them. */
        private int subject(CsvTable.Row row, int column) {
            return subject(row.intern(subjects, column));
        }

        private int subject(byte[] source, int from, int length) {
            return subject(subjects.intern(source, from, length));
        }

        /** Gives a subject that was just interned its unknown fields. */
        private int subject(int subject) {
            if (subject >= subjectSurname.size()) {
                subjectSurname.set(subject, UNKNOWN);
                subjectAddress.set(subject, UNKNOWN);
                subjectOfficer.set(subject, UNKNOWN);
            }
            return subject;
        }

        /** Normalizes each distinct spelling once: a million subjects share a few thousand surnames. */
        private int surnameKey(CsvTable.Row row, int column) {
            if (row.isEmpty(column)) {
                return UNKNOWN;
            }
            int before = spellings.size();
            int spelling = row.intern(spellings, column);
            if (spelling == before) {
                String normalized = Rules.normalizeSurname(row.text(column));
                spellingKeys.set(spelling, normalized.isEmpty() ? UNKNOWN : surnames.intern(normalized));
            }
            return spellingKeys.get(spelling);
        }
    }
}
