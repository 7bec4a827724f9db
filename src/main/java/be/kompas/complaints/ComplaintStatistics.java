package be.kompas.complaints;

import java.time.LocalDate;
import java.util.List;

import be.kompas.tenancy.OrganisationId;

/** The figures of domain.md 4.2 and section 13, item 5, computed from the register. */
public interface ComplaintStatistics {

    YearFigures year(OrganisationId organisation, int year);

    /** Complaints received per ombuds norm and theme in each year from {@code firstYear} to {@code lastYear}. */
    TagTrend tagTrend(OrganisationId organisation, int firstYear, int lastYear);

    /** One row per item received in the period, without personal data or free text, for the CSV export. */
    List<ExportRow> export(OrganisationId organisation, LocalDate from, LocalDate to);

    /** Complaints received in the year per zone and fact code across all organisations, counts below 5 hidden. */
    List<NationalFigure> national(int year);
}
