package be.kompas.reporting;

import org.jspecify.annotations.Nullable;

/**
 * A module's yearly figures for the dashboards and reports. Implemented inside the owning module, which alone reads
 * its tables; reporting finds every implementation as a bean.
 */
public interface YearlyFiguresProvider {

    ReportSection section();

    /**
     * The figures of {@code year}, with the year before in {@link Figure#previous()} and {@link Trend}s.
     *
     * @return {@code null} when the module cannot narrow its figures to the scope (e.g. to a unit)
     */
    @Nullable
    FigureSection figures(Scope scope, int year);

    /** A provider from a function, for modules that hand in several sections. */
    static YearlyFiguresProvider of(ReportSection section,
            java.util.function.BiFunction<Scope, Integer, @Nullable FigureSection> figures) {
        return new YearlyFiguresProvider() {

            @Override
            public ReportSection section() {
                return section;
            }

            @Override
            public @Nullable FigureSection figures(Scope scope, int year) {
                return figures.apply(scope, year);
            }
        };
    }
}
