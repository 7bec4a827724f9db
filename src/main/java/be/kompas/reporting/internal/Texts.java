package be.kompas.reporting.internal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

import be.kompas.reporting.Figure;
import be.kompas.reporting.Label;
import be.kompas.reporting.SmallCounts;

/** The bundles in one language, for documents built outside a request. */
record Texts(MessageSource messages, Locale locale) {

    String get(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    String label(Label label) {
        return label.translate() ? get(label.text()) : label.text();
    }

    /** A count as shown: the number, or "&lt;5" when hidden, or a dash when unknown. */
    static String count(@Nullable Long value, boolean known) {
        if (value == null) {
            return known ? "<" + SmallCounts.SMALLEST_SHOWN : "\u2013";
        }
        return String.valueOf(value);
    }

    static String current(Figure figure) {
        return count(figure.value(), true);
    }

    static String previous(Figure figure) {
        return count(figure.previous(), false);
    }
}
