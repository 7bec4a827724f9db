package be.kompas.earlywarning.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import be.kompas.core.InvalidInputException;
import be.kompas.earlywarning.ExposureInput;

/**
 * Reads the exposure table from CSV: a header line
 * {@code personnel_number,period_start,period_end,hours,interventions,arrests} (comma or semicolon), dates as
 * {@code yyyy-mm-dd}, then one line per staff member and period.
 */
public final class ExposureCsv {

    public static final String HEADER = "personnel_number,period_start,period_end,hours,interventions,arrests";

    private ExposureCsv() {
    }

    /** @throws InvalidInputException naming {@code file} with the line that could not be read */
    public static List<ExposureInput> parse(String text) {
        var lines = text.replace("\uFEFF", "").lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty() || !lines.get(0).replace(';', ',').toLowerCase(java.util.Locale.ROOT).equals(HEADER)) {
            throw InvalidInputException.of("file", "the first line must be " + HEADER);
        }
        var rows = new ArrayList<ExposureInput>();
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split("[,;]", -1);
            try {
                if (f.length != 6) {
                    throw new IllegalArgumentException("six fields expected");
                }
                rows.add(new ExposureInput(f[0].strip(), LocalDate.parse(f[1].strip()), LocalDate.parse(f[2].strip()),
                        new BigDecimal(f[3].strip()), Integer.parseInt(f[4].strip()), Integer.parseInt(f[5].strip())));
            }
            catch (IllegalArgumentException | DateTimeParseException e) {
                throw InvalidInputException.of("file", "line " + (i + 1) + ": " + e.getMessage());
            }
        }
        return rows;
    }
}
