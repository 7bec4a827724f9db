package be.kompas.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import be.kompas.core.Formats;
import be.kompas.identity.KompasUser;
import be.kompas.people.StaffDirectory;
import be.kompas.people.StaffMemberId;
import be.kompas.reporting.FigureSection;
import be.kompas.reporting.NationalFiguresProvider;
import be.kompas.reporting.OpenWork;
import be.kompas.reporting.OpenWorkProvider;
import be.kompas.reporting.ReportSection;
import be.kompas.reporting.ReportSection.Report;
import be.kompas.reporting.ReportingPermissions;
import be.kompas.reporting.Scope;
import be.kompas.reporting.YearlyFiguresProvider;

/**
 * Gathers the figures that the modules hand in: for an organisation, for a line manager's unit, and across zones for
 * the AIG. Sections nobody provides come back empty, so that reports show every chapter whichever modules exist.
 */
@Service
public class Dashboards {

    /** An organisation's or a unit's state of integrity. */
    public record Dashboard(int year, @Nullable String unitName, List<OpenWork> work, List<FigureSection> sections) {
    }

    private final Map<ReportSection, YearlyFiguresProvider> yearly;
    private final List<OpenWorkProvider> openWork;
    private final Map<ReportSection, NationalFiguresProvider> national;
    private final StaffDirectory staff;
    private final Clock clock;

    Dashboards(ObjectProvider<YearlyFiguresProvider> yearly, ObjectProvider<OpenWorkProvider> openWork,
            ObjectProvider<NationalFiguresProvider> national, StaffDirectory staff, Clock clock) {
        this.yearly = yearly.stream().collect(Collectors.toMap(YearlyFiguresProvider::section, Function.identity()));
        this.openWork = openWork.stream().toList();
        this.national = national.stream()
                .collect(Collectors.toMap(NationalFiguresProvider::section, Function.identity()));
        this.staff = staff;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }

    public Dashboard organisation(KompasUser viewer, int year) {
        require(viewer, ReportingPermissions.ORGANISATION);
        var scope = Scope.organisation(viewer.organisationId());
        return new Dashboard(year, null, work(scope), provided(scope, year));
    }

    /**
     * The unit the line manager belongs to, with its sub-units: their open work and the figures that can be narrowed
     * to its staff.
     */
    public Dashboard unit(KompasUser viewer, int year) {
        require(viewer, ReportingPermissions.UNIT);
        var member = viewer.staffMemberId() == null ? null
                : staff.find(viewer.organisationId(), new StaffMemberId(viewer.staffMemberId())).orElse(null);
        Set<UUID> members = member == null ? Set.of()
                : staff.staffInUnitTree(viewer.organisationId(), member.unitId()).stream().map(StaffMemberId::value)
                        .collect(Collectors.toSet());
        var scope = new Scope(viewer.organisationId(), members);
        return new Dashboard(year, member == null ? null : member.unitName(), work(scope), provided(scope, year));
    }

    /** Every provided section that can be narrowed to the scope, in report order. */
    private List<FigureSection> provided(Scope scope, int year) {
        return yearly.values().stream().sorted(Comparator.comparing(YearlyFiguresProvider::section))
                .map(p -> p.figures(scope, year)).filter(s -> s != null && !s.isEmpty()).map(s -> (FigureSection) s)
                .toList();
    }

    private List<OpenWork> work(Scope scope) {
        LocalDate today = today();
        return openWork.stream().flatMap(p -> p.openWork(scope, today).stream())
                .sorted(Comparator.comparing(OpenWork::section)).toList();
    }

    /** The sections of a report for an organisation, an empty one for each module that provides nothing. */
    public List<FigureSection> report(Scope scope, Report report, int year,
            java.util.function.Consumer<ReportSection> progress) {
        return java.util.Arrays.stream(ReportSection.values()).filter(s -> s.in(report)).map(section -> {
            progress.accept(section);
            var provider = yearly.get(section);
            var figures = provider == null ? null : provider.figures(scope, year);
            return figures == null ? FigureSection.empty(section) : figures;
        }).toList();
    }

    /** Across zones for the AIG: aggregates only, small counts already hidden by each provider. */
    public List<FigureSection> national(KompasUser viewer, int year,
            java.util.function.Consumer<ReportSection> progress) {
        require(viewer, ReportingPermissions.NATIONAL);
        return national.values().stream().sorted(Comparator.comparing(NationalFiguresProvider::section))
                .map(p -> {
                    progress.accept(p.section());
                    return p.national(viewer, year);
                }).toList();
    }

    public int nationalSectionCount() {
        return national.size();
    }

    private static void require(KompasUser viewer, String permission) {
        if (!viewer.can(permission)) {
            throw new AccessDeniedException("Missing " + permission);
        }
    }
}
