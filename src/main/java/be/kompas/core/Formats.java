package be.kompas.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times in the reader's language, in Belgian time, for templates: {@code ${@formats.dateTime(x)}}.
 */
@Component("formats")
public class Formats {

    /** Kompas serves Belgian and Dutch police; both keep Central European time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    public String date(@Nullable LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(LocaleContextHolder.getLocale()).format(date);
    }

    public String date(@Nullable Instant instant) {
        return instant == null ? "" : date(instant.atZone(ZONE).toLocalDate());
    }

    public String dateTime(@Nullable Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale()).withZone(ZONE).format(instant);
    }
}
