package be.kompas.registers.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.kompas.core.InvalidInputException;
import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.identity.CurrentUser;
import be.kompas.registers.Register;

/**
 * The pages and API answers every register shares: its list, its statistics page (a year's charts beside the year
 * before, with the export), the CSV export and the {@code 201 Created} answer of the API. The controllers keep their
 * own mappings and permissions and call these.
 */
final class RegisterPages {

    static final String STATISTICS_VIEW = "registers/statistics";
    static final int PAGE_SIZE = 25;

    private RegisterPages() {
    }

    /** The viewer's entries, and the current year for the export link. */
    static String list(Model model, Register<?> register, int page, Clock clock, String view) {
        model.addAttribute("page", register.list(CurrentUser.require(), PageRequest.of(page, PAGE_SIZE)));
        model.addAttribute("year", LocalDate.now(clock).getYear());
        return view;
    }

    /**
     * @param year the year asked for, or {@code null} for the current one
     * @param basePath the register's path, under which {@code /statistics} and {@code /export} live
     */
    static String statistics(Model model, Register<?> register, @Nullable Integer year, Clock clock, String titleKey,
            String basePath) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("stats", register.statistics(CurrentUser.require().organisationId(), shown));
        model.addAttribute("titleKey", titleKey);
        model.addAttribute("basePath", basePath);
        return STATISTICS_VIEW;
    }

    /** The entries of a year the viewer may see, one row each. */
    static <T> ResponseEntity<byte[]> export(Register<T> register, int year, String name, List<String> header,
            Function<T, List<String>> row) {
        return CsvExport.of(name + "-" + year + ".csv", header,
                register.year(CurrentUser.require(), year).stream().map(row).toList());
    }

    /**
     * Imports a file from another system and goes back to the register: the count, or each bad line with its
     * columns (nothing is imported then).
     */
    static String importFile(MultipartFile file, ToIntFunction<String> importer, String flash, String path,
            RedirectAttributes redirect) throws IOException {
        try {
            redirect.addFlashAttribute("importCount", importer.applyAsInt(new String(file.getBytes(),
                    StandardCharsets.UTF_8)));
            redirect.addFlashAttribute("flash", flash);
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", "registers.import.failed");
            redirect.addFlashAttribute("importProblems", e.errors());
        }
        return "redirect:" + path;
    }

    /** The API's list: the caller's entries. */
    static <T> Page<T> page(Register<T> register, int page, int size) {
        return register.list(CurrentUser.require(), PageRequest.of(page, size));
    }

    /** The API's answer to a new entry: where it lives, and the entry as the caller sees it. */
    static <T> ResponseEntity<T> created(Register<T> register, String path, UUID id) {
        return ResponseEntity.created(URI.create(path + "/" + id)).body(register.view(CurrentUser.require(), id));
    }
}
