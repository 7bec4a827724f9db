package be.kompas.lookups.engine;

import java.util.List;
import java.util.Map;

/**
 * What a scan did, written as {@code summary.json}.
 *
 * @param contextMillis time spent loading the context, included in {@code elapsedMillis}
 * @param reasons       alerts per reason code, in vocabulary order
 */
public record ScanSummary(long events, long alerts, long explained, long lateEvents, long elapsedMillis,
        long contextMillis,
        Map<String, Long> reasons, long badRowCount, List<BadRows.BadRow> badRows, int threshold, int staff,
        int subjects, int cases, int caseSubjects) {

    public double explainedShare() {
        return events == 0 ? 0 : (double) explained / events;
    }

    public String toJson() {
        StringBuilder json = new StringBuilder(256 + badRows.size() * 64);
        json.append("{\n");
        field(json, "events", events);
        field(json, "alerts", alerts);
        field(json, "explained", explained);
        field(json, "unexplained", events - explained);
        field(json, "late_events", lateEvents);
        field(json, "elapsed_ms", elapsedMillis);
        field(json, "context_ms", contextMillis);
        field(json, "threshold", threshold);
        json.append("  \"context\": {\"staff\": ").append(staff).append(", \"subjects\": ").append(subjects)
                .append(", \"cases\": ").append(cases).append(", \"case_subjects\": ").append(caseSubjects)
                .append("},\n");
        json.append("  \"reasons\": {");
        String separator = "";
        for (Map.Entry<String, Long> reason : reasons.entrySet()) {
            json.append(separator).append('"').append(reason.getKey()).append("\": ").append(reason.getValue());
            separator = ", ";
        }
        json.append("},\n");
        field(json, "bad_rows", badRowCount);
        field(json, "bad_rows_listed", badRows.size());
        json.append("  \"bad_row_details\": [");
        separator = "\n";
        for (BadRows.BadRow row : badRows) {
            json.append(separator).append("    {\"file\": ").append(quote(row.file())).append(", \"line\": ")
                    .append(row.line()).append(", \"error\": ").append(quote(row.error())).append('}');
            separator = ",\n";
        }
        json.append(badRows.isEmpty() ? "]\n" : "\n  ]\n");
        return json.append("}\n").toString();
    }

    private static void field(StringBuilder json, String name, long value) {
        json.append("  \"").append(name).append("\": ").append(value).append(",\n");
    }

    static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    }
                    else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
