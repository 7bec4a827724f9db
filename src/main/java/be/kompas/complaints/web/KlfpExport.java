package be.kompas.complaints.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import be.kompas.complaints.ComplaintKind;
import be.kompas.complaints.ComplaintTag;
import be.kompas.complaints.ExportRow;
import be.kompas.tenancy.Organisation;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The complaints of a period in a form meant for feeding the national complaint database (KLFP, domain.md 4.4; the
 * AIG recommends making digital feeding mandatory). The sources define no format, so this one is Kompas's own and
 * versioned ({@link #FORMAT}): one record per complaint (not compliments, questions, suggestions or tips), with the
 * Comité P fact code and its family, the channel, routing and outcome as codes, the lead time in working days, the
 * ombuds norms and themes, and the number of staff and the units involved. No name, contact detail or free text
 * leaves Kompas this way; the reference lets the zone answer questions about a record.
 */
@Schema(description = "Complaints of a period for the national complaint database (KLFP), format kompas-klfp/1")
record KlfpExport(String format, String zone, @Nullable String zoneNumber, LocalDate from, LocalDate to,
        LocalDate generatedOn, int count, List<Complaint> complaints) {

    static final String FORMAT = "kompas-klfp/1";

    record Complaint(String reference, LocalDate receivedOn, String channel, @Nullable String factCode,
            @Nullable Integer factFamily, List<String> ombudsNorms, List<String> themes, String status,
            @Nullable String route, @Nullable String outcome, @Nullable LocalDate closedOn,
            @Nullable Integer leadWorkingDays, int involvedStaff, List<String> units) {
    }

    static KlfpExport of(Organisation organisation, LocalDate from, LocalDate to, LocalDate today,
            List<ExportRow> rows) {
        var complaints = rows.stream().filter(row -> row.kind() == ComplaintKind.COMPLAINT).map(KlfpExport::complaint)
                .toList();
        return new KlfpExport(FORMAT, organisation.name(), organisation.zoneNumber(), from, to, today,
                complaints.size(), complaints);
    }

    private static Complaint complaint(ExportRow row) {
        String fact = row.factCode();
        return new Complaint(row.reference(), row.receivedOn(), row.channel().name(), fact,
                fact == null ? null : Integer.valueOf(fact.substring(0, fact.indexOf('.') < 0 ? fact.length()
                        : fact.indexOf('.'))),
                tags(row, "NORM_"), tags(row, "THEME_"), row.status().name(),
                row.route() == null ? null : row.route().name(), row.outcome() == null ? null : row.outcome().name(),
                row.closedOn(), row.leadDays(), row.involvedStaff(),
                row.units().isBlank() ? List.of() : Arrays.asList(row.units().split("; ")));
    }

    private static List<String> tags(ExportRow row, String prefix) {
        return row.tags().stream().map(ComplaintTag::name).filter(name -> name.startsWith(prefix))
                .map(name -> name.substring(prefix.length())).sorted().toList();
    }
}
