package be.kompas.earlywarning.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import be.kompas.earlywarning.internal.EarlyWarningService;
import be.kompas.earlywarning.internal.ExposureCsv;
import be.kompas.earlywarning.ExposureInput;
import be.kompas.identity.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Imports the exposure table (hours on duty, interventions, arrests per staff member and period) by API. */
@RestController
@RequestMapping("/api/v1/early-warning")
class EarlyWarningApiController {

    record ExposureRequest(@NotBlank String personnelNumber, @NotNull LocalDate periodStart,
            @NotNull LocalDate periodEnd, @NotNull @PositiveOrZero BigDecimal hours, @PositiveOrZero int interventions,
            @PositiveOrZero int arrests) {
    }

    record Imported(int rows) {
    }

    private final EarlyWarningService service;

    EarlyWarningApiController(EarlyWarningService service) {
        this.service = service;
    }

    @PostMapping(path = "/exposure", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('earlywarning.manage')")
    @ResponseStatus(HttpStatus.CREATED)
    Imported importJson(@RequestBody @Valid @Size(min = 1, max = 10_000) List<@Valid ExposureRequest> rows) {
        return new Imported(service.importExposure(CurrentUser.require(), rows.stream()
                .map(r -> new ExposureInput(r.personnelNumber(), r.periodStart(), r.periodEnd(), r.hours(),
                        r.interventions(), r.arrests()))
                .toList()));
    }

    @PostMapping(path = "/exposure", consumes = "text/csv")
    @PreAuthorize("hasAuthority('earlywarning.manage')")
    @ResponseStatus(HttpStatus.CREATED)
    Imported importCsv(@RequestBody String csv) {
        return new Imported(service.importExposure(CurrentUser.require(), ExposureCsv.parse(csv)));
    }
}
