package be.kompas.registers.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import be.kompas.core.Page;
import be.kompas.identity.CurrentUser;
import be.kompas.people.StaffMemberId;
import be.kompas.registers.ForceRegister;
import be.kompas.registers.ForceReport;
import be.kompas.registers.ForceReportInput;
import be.kompas.registers.IncidentType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/use-of-force")
@Tag(name = "Use of force", description = "Use-of-force reports: the caller's own, those they review, or all for the"
        + " designated service")
class ForceApiController {

    /** A new report, filed for the caller's own staff record. */
    record NewForceReport(@NotNull @PastOrPresent LocalDate occurredOn, @NotBlank @Size(max = 200) String place,
            @NotNull IncidentType incidentType, @Nullable List<UUID> involved, @NotEmpty List<String> means,
            @NotBlank @Size(max = 4000) String reason, @Nullable String subjectInjuries,
            @Nullable String staffInjuries, @Nullable Boolean medicalCare, @Nullable Boolean bodyCamera, @Nullable String incidentReport,
            @Nullable String wentWell, @Nullable String didWell, @Nullable String wouldRepeat) {

        ForceReportInput input() {
            return new ForceReportInput(occurredOn, place.strip(), incidentType,
                    involved == null ? List.of() : involved.stream().map(StaffMemberId::new).toList(), means,
                    reason.strip(), text(subjectInjuries), text(staffInjuries), Boolean.TRUE.equals(medicalCare),
                    Boolean.TRUE.equals(bodyCamera),
                    text(incidentReport), text(wentWell), text(didWell), text(wouldRepeat));
        }
    }

    private final ForceRegister register;

    ForceApiController(ForceRegister register) {
        this.register = register;
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('registers.file', 'registers.force.analyse')")
    @Operation(summary = "Reports the caller may see, newest first")
    Page<ForceReport> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
        return RegisterPages.page(register, page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One report; 404 outside the caller's reach")
    ForceReport get(@PathVariable UUID id) {
        return register.view(CurrentUser.require(), id);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('registers.file')")
    @Operation(summary = "File a report for the caller; it goes to their supervisor")
    ResponseEntity<ForceReport> create(@Valid @RequestBody NewForceReport request, BindingResult binding) {
        FormErrors.check(binding);
        var user = CurrentUser.require();
        var id = register.file(user.organisationId(), Own.staff(user), request.input());
        return RegisterPages.created(register, "/api/v1/use-of-force", id);
    }

    static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
