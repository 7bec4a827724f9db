package be.kompas.lookups.streams;

import java.util.List;

import de.siegmar.fastcsv.reader.CsvReader;

/**
 * A context file of the exchange format as a compacted topic: one row per record, header-less, columns in the order
 * of the format; the global store keys each row so that the detector can find it.
 */
enum ContextTopic {

    STAFF("kompas.lookups.staff", 0, -1),
    SUBJECTS("kompas.lookups.subjects", 0, -1),
    CASES("kompas.lookups.cases", 0, -1),
    /** Stored by subject, then case, so that one prefix scan finds a subject's cases. */
    CASE_SUBJECTS("kompas.lookups.case-subjects", 1, 0),
    /** Stored by officer, then start time, so that one range scan finds the shifts around a look-up. */
    ROSTERS("kompas.lookups.rosters", 0, 1),
    RELATIONS("kompas.lookups.relations", 0, 1);

    private final String topic;
    private final int firstKeyColumn;
    private final int secondKeyColumn;

    ContextTopic(String topic, int firstKeyColumn, int secondKeyColumn) {
        this.topic = topic;
        this.firstKeyColumn = firstKeyColumn;
        this.secondKeyColumn = secondKeyColumn;
    }

    String topic() {
        return topic;
    }

    String store() {
        return topic + ".store";
    }

    /** The store key of a row: its natural key, or two columns joined by {@code |}, with times sortable. */
    String storeKey(List<String> row) {
        String first = row.get(firstKeyColumn).trim();
        if (secondKeyColumn < 0) {
            return first;
        }
        String second = row.get(secondKeyColumn).trim();
        return this == ROSTERS ? LookupProcessor.shiftKey(first, be.kompas.lookups.engine.Timestamps.parse(second))
                : first + "|" + second;
    }

    static List<String> fields(String row) {
        return CsvReader.builder().allowMissingFields(true).ofSingleCsvRecord(row).getFields();
    }
}
