package be.kompas.reporting;

import java.util.EnumSet;
import java.util.Set;

/**
 * The sections of the yearly reports, in the order they appear, and the reports each belongs to. A module hands in a
 * section through a {@link YearlyFiguresProvider}; a section nobody provides shows as empty.
 */
public enum ReportSection {

    COMPLAINTS(EnumSet.of(Report.ANNUAL, Report.B9, Report.NATIONAL)),
    ADVICE(EnumSet.of(Report.ANNUAL)),
    INVESTIGATIONS(EnumSet.of(Report.ANNUAL, Report.B9, Report.NATIONAL)),
    USE_OF_FORCE(EnumSet.of(Report.ANNUAL, Report.B10)),
    VIOLENCE(EnumSet.of(Report.ANNUAL, Report.B10)),
    LOOKUPS(EnumSet.of(Report.ANNUAL, Report.NATIONAL)),
    ANCILLARY(EnumSet.of(Report.ANNUAL)),
    GIFTS(EnumSet.of(Report.ANNUAL)),
    SCREENING(EnumSet.of(Report.ANNUAL)),
    RISKS(EnumSet.of(Report.ANNUAL)),
    MATURITY(EnumSet.of(Report.ANNUAL, Report.NATIONAL)),
    ACTION_PLAN(EnumSet.of(Report.ANNUAL)),
    RECOMMENDATIONS(EnumSet.of(Report.ANNUAL, Report.NATIONAL)),
    /** The registers together, per zone: only in the national report. */
    REGISTERS(EnumSet.of(Report.NATIONAL));

    /** The reports of domain.md: the annual integrity report, B9 and B10 (8.2), and the AIG's national report. */
    public enum Report {
        ANNUAL, B9, B10, NATIONAL;

        public String titleKey() {
            return "reporting.report." + name();
        }
    }

    private final Set<Report> reports;

    ReportSection(Set<Report> reports) {
        this.reports = reports;
    }

    public boolean in(Report report) {
        return reports.contains(report);
    }

    public String titleKey() {
        return "reporting.section." + name();
    }
}
