package be.kompas.registers.web;

import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;

import be.kompas.registers.YearStatistics;

/** The one statistics page every register shares: a year's charts beside the year before, and its export. */
final class StatisticsPage {

    static final String VIEW = "registers/statistics";

    private StatisticsPage() {
    }

    /** The year asked for, or the current one. */
    static int year(@Nullable Integer year, Clock clock) {
        return year == null ? LocalDate.now(clock).getYear() : year;
    }

    /** @param basePath the register's path, under which {@code /statistics} and {@code /export} live */
    static String show(Model model, YearStatistics stats, String titleKey, String basePath) {
        model.addAttribute("stats", stats);
        model.addAttribute("titleKey", titleKey);
        model.addAttribute("basePath", basePath);
        return VIEW;
    }
}
