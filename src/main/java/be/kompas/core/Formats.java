package be.kompas.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    /** The formatters per language: a list page formats dates on every row. */
    private final Map<Locale, DateTimeFormatter> dates = new ConcurrentHashMap<>();
    private final Map<Locale, DateTimeFormatter> dateTimes = new ConcurrentHashMap<>();

    public String date(@Nullable LocalDate date) {
        return date == null ? "" : dates.computeIfAbsent(LocaleContextHolder.getLocale(),
                locale -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)).format(date);
    }

    public String date(@Nullable Instant instant) {
        return instant == null ? "" : date(instant.atZone(ZONE).toLocalDate());
    }

    public String dateTime(@Nullable Instant instant) {
        return instant == null ? "" : dateTimes.computeIfAbsent(LocaleContextHolder.getLocale(),
                locale -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale).withZone(ZONE)).format(instant);
    }
}
