package be.kompas.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import be.kompas.reporting.Figure;
import be.kompas.reporting.FigureSection;

/**
 * Short sentences on the changes against the year before, from the bundles with the numbers filled in: one per
 * headline figure whose both years are known (hidden small counts say nothing).
 */
public final class Commentary {

    private Commentary() {
    }

    public static List<String> sentences(FigureSection section, int year, MessageSource messages, Locale locale) {
        return of(section, year, new Texts(messages, locale));
    }

    static List<String> of(FigureSection section, int year, Texts texts) {
        var sentences = new ArrayList<String>();
        for (Figure figure : section.headlines()) {
            if (figure.value() == null || figure.previous() == null) {
                continue;
            }
            long now = figure.value();
            long before = figure.previous();
            String what = texts.label(figure.label());
            String thisYear = String.valueOf(year);
            String lastYear = String.valueOf(year - 1);
            if (now == before) {
                sentences.add(texts.get("reporting.comment.same", what, String.valueOf(now), thisYear, lastYear));
            }
            else if (before == 0) {
                sentences.add(texts.get("reporting.comment.new", what, String.valueOf(now), thisYear, lastYear));
            }
            else {
                long percent = Math.round(Math.abs(now - before) * 100.0 / before);
                sentences.add(texts.get(now > before ? "reporting.comment.up" : "reporting.comment.down", what,
                        String.valueOf(now), thisYear, String.valueOf(before), lastYear, String.valueOf(percent)));
            }
        }
        return sentences;
    }
}
