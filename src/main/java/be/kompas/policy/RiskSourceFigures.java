package be.kompas.policy;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import be.kompas.tenancy.OrganisationId;

/**
 * A service provider interface: a module that holds one of the sources a risk-analysis session looks at (the Advice
 * Point, complaints, ...) contributes its yearly figures to the session page as a Spring bean implementing this.
 * The contributing module depends on policy; policy knows none of them, so no cycle arises.
 */
public interface RiskSourceFigures {

    RiskSource source();

    /**
     * The source's figures of a year, per category, for readers outside the team that owns the source.
     *
     * @param locale the reader's language, for the labels
     */
    List<Figure> figures(OrganisationId organisation, int year, Locale locale);

    /**
     * One line: a label already in the reader's language, and the count.
     *
     * @param count {@code null} when it lies between 1 and 4, hidden as "&lt;5" (domain.md 13, item 10)
     */
    record Figure(String label, @Nullable Integer count) {

        /** The smallest count shown outside the owning team. */
        public static final int SMALLEST_SHOWN = 5;

        public static Figure of(String label, long count) {
            return new Figure(label, count > 0 && count < SMALLEST_SHOWN ? null : (int) count);
        }

        public String shown() {
            return count == null ? "<" + SMALLEST_SHOWN : count.toString();
        }
    }
}
