package be.kompas.lookups.streams;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jspecify.annotations.Nullable;

import be.kompas.lookups.engine.Alert;
import be.kompas.lookups.engine.DetectionSettings;
import be.kompas.lookups.engine.IdIndex;
import be.kompas.lookups.engine.OfficerHistory;
import be.kompas.lookups.engine.Reason;
import be.kompas.lookups.engine.Rules;
import be.kompas.lookups.engine.Suspect;
import be.kompas.lookups.engine.Timestamps;

/**
 * Detects on one look-up at a time, with the engine's {@link Rules} and {@link OfficerHistory}: the context comes
 * from global stores, and the officer's history from a local store, which is why events are keyed by officer.
 * <p>
 * Events are taken in the order of their partition; unlike the batch engine there is no reorder window, since the
 * producers of one officer's look-ups write them in order.
 */
final class LookupProcessor implements Processor<String, String, String, String> {

    static final String HISTORY_STORE = "kompas.lookups.officer-history";
    /** Shifts are looked for among those that started up to this long before a look-up. */
    private static final long LONGEST_SHIFT = Duration.ofHours(24).toMillis();
    private static final long SORTABLE = 1_000_000_000_000_000L;
    private static final StringSerializer KEYS = new StringSerializer();

    private final DetectionSettings settings;
    private final Map<ContextTopic, KeyValueStore<String, String>> stores = new EnumMap<>(ContextTopic.class);
    private @Nullable KeyValueStore<String, OfficerHistory> histories;
    private @Nullable ProcessorContext<String, String> context;

    LookupProcessor(DetectionSettings settings) {
        this.settings = settings;
    }

    @Override
    public void init(ProcessorContext<String, String> processorContext) {
        context = processorContext;
        for (ContextTopic topic : ContextTopic.values()) {
            stores.put(topic, processorContext.getStateStore(topic.store()));
        }
        histories = processorContext.getStateStore(HISTORY_STORE);
    }

    static String shiftKey(String officerId, long start) {
        return officerId + "|" + (SORTABLE + start);
    }

    @Override
    public void process(Record<String, String> record) {
        if (record.value() == null) {
            return;
        }
        // event_id, ts, officer_id, source, action, subject_id, case_ref
        List<String> event = ContextTopic.fields(record.value());
        if (event.size() < 6) {
            return;
        }
        String eventId = event.get(0).trim();
        long ts = Timestamps.parse(event.get(1).trim());
        String officerId = event.get(2).trim();
        String subjectId = event.get(5).trim();
        String staffRow = stores.get(ContextTopic.STAFF).get(officerId);
        if (eventId.isEmpty() || subjectId.isEmpty() || ts == Timestamps.INVALID || staffRow == null) {
            return;
        }
        // officer_id, surname, given_name, address_id, team_id
        List<String> officer = ContextTopic.fields(staffRow);
        boolean explained = explains(officer.get(4).trim(), subjectId, ts);
        int reasons = ownReasons(officerId, officer, subjectId, explained);
        if (!Rules.mayBeProposed(reasons)) {
            return;
        }
        if (!explained && offDuty(officerId, ts)) {
            reasons |= Reason.OFF_DUTY.bit();
        }
        Suspect suspect = new Suspect(eventId, officerId, subjectId, ts, IdIndex.hash64(subjectId), -1, reasons);
        if (explained) {
            if (suspect.decide(settings.threshold())) {
                forward(suspect.toAlert(), record.timestamp());
            }
            return;
        }
        KeyValueStore<String, OfficerHistory> store = Objects.requireNonNull(histories);
        OfficerHistory history = store.get(officerId);
        if (history == null) {
            history = new OfficerHistory();
        }
        history.record(suspect, settings, alert -> forward(alert, record.timestamp()));
        store.put(officerId, history);
    }

    private boolean explains(String team, String subjectId, long ts) {
        if (team.isEmpty()) {
            return false;
        }
        KeyValueStore<String, String> cases = stores.get(ContextTopic.CASES);
        try (KeyValueIterator<String, String> links = stores.get(ContextTopic.CASE_SUBJECTS)
                .prefixScan(subjectId + "|", KEYS)) {
            while (links.hasNext()) {
                // case_ref, subject_id
                String caseRow = cases.get(ContextTopic.fields(links.next().value).get(0).trim());
                if (caseRow == null) {
                    continue;
                }
                // case_ref, team_id, opened_at, closed_at
                List<String> found = ContextTopic.fields(caseRow);
                String closed = found.get(3).trim();
                long closedAt = closed.isEmpty() ? Rules.STILL_OPEN : Timestamps.parse(closed);
                if (team.equals(found.get(1).trim())
                        && Rules.isOpen(Timestamps.parse(found.get(2).trim()), closedAt, ts)) {
                    return true;
                }
            }
        }
        return false;
    }

    private int ownReasons(String officerId, List<String> officer, String subjectId, boolean explained) {
        String subjectRow = stores.get(ContextTopic.SUBJECTS).get(subjectId);
        if (subjectRow == null) {
            return Rules.ownReasons(explained, false, false, false, false, false, false);
        }
        // subject_id, surname, given_name, address_id, officer_id, flags
        List<String> subject = ContextTopic.fields(subjectRow);
        String subjectOfficer = subject.get(4).trim();
        String surname = Rules.normalizeSurname(officer.get(1));
        String address = officer.get(3).trim();
        boolean vip = false;
        for (String flag : subject.get(5).split(";")) {
            vip |= flag.trim().equalsIgnoreCase("VIP");
        }
        return Rules.ownReasons(explained, subjectOfficer.equals(officerId),
                !subjectOfficer.isEmpty() && stores.get(ContextTopic.STAFF).get(subjectOfficer) != null,
                !surname.isEmpty() && surname.equals(Rules.normalizeSurname(subject.get(1))),
                !address.isEmpty() && address.equals(subject.get(3).trim()),
                stores.get(ContextTopic.RELATIONS).get(officerId + "|" + subjectId) != null, vip);
    }

    /** As in the batch engine: outside every shift of an officer who has shifts. */
    private boolean offDuty(String officerId, long ts) {
        long grace = settings.offDutyGrace().toMillis();
        KeyValueStore<String, String> rosters = stores.get(ContextTopic.ROSTERS);
        try (KeyValueIterator<String, String> shifts = rosters.range(
                shiftKey(officerId, ts - LONGEST_SHIFT - grace), shiftKey(officerId, ts + grace))) {
            while (shifts.hasNext()) {
                KeyValue<String, String> shift = shifts.next();
                // officer_id, start, end
                List<String> fields = ContextTopic.fields(shift.value);
                long start = Timestamps.parse(fields.get(1).trim());
                long end = Timestamps.parse(fields.get(2).trim());
                if (start - grace <= ts && ts <= end + grace) {
                    return false;
                }
            }
        }
        try (KeyValueIterator<String, String> any = rosters.prefixScan(officerId + "|", KEYS)) {
            return any.hasNext();
        }
    }

    private void forward(Alert alert, long timestamp) {
        Objects.requireNonNull(context).forward(new Record<>(alert.eventId(), alert.toCsvRow(), timestamp));
    }
}
