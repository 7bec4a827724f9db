package be.kompas.reporting;

import be.kompas.identity.KompasUser;

/**
 * A module's figures across all organisations for the AIG: aggregates per zone and per topic, never a person, with
 * counts below {@link SmallCounts#SMALLEST_SHOWN} already hidden.
 */
public interface NationalFiguresProvider {

    ReportSection section();

    /** @param viewer the AIG analyst, for modules whose aggregate checks the viewer itself */
    FigureSection national(KompasUser viewer, int year);

    /** A provider from a function, for modules that hand in several sections. */
    static NationalFiguresProvider of(ReportSection section,
            java.util.function.BiFunction<KompasUser, Integer, FigureSection> figures) {
        return new NationalFiguresProvider() {

            @Override
            public ReportSection section() {
                return section;
            }

            @Override
            public FigureSection national(KompasUser viewer, int year) {
                return figures.apply(viewer, year);
            }
        };
    }
}
