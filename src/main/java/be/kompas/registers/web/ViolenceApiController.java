package be.kompas.registers.web;

import java.time.LocalDate;
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
import be.kompas.registers.LegalFollowUp;
import be.kompas.registers.ViolenceRegister;
import be.kompas.registers.ViolenceReport;
import be.kompas.registers.ViolenceReportInput;
import be.kompas.registers.ViolenceType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/violence-against-police")
@Tag(name = "Violence against police", description = "Aggression against staff: the caller's own reports, or all"
        + " for the designated services")
class ViolenceApiController {

    /** A new report about the caller; {@code legalFollowUp} defaults to NONE_YET. */
    record NewViolenceReport(@NotNull @PastOrPresent LocalDate occurredOn, @NotBlank @Size(max = 200) String place,
            @NotNull ViolenceType violenceType, @Nullable String injuries,
            @NotNull @Min(0) @Max(3650) Integer incapacityDays, @NotBlank @Size(max = 4000) String circumstances,
            @Nullable Boolean aftercareOffered, @Nullable LegalFollowUp legalFollowUp) {
    }

    private final ViolenceRegister register;

    ViolenceApiController(ViolenceRegister register) {
        this.register = register;
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('registers.file', 'registers.violence.read')")
    @Operation(summary = "Reports the caller may see, newest first")
    Page<ViolenceReport> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size) {
        return RegisterPages.page(register, page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One report; 404 outside the caller's reach")
    ViolenceReport get(@PathVariable UUID id) {
        return register.view(CurrentUser.require(), id);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('registers.file')")
    @Operation(summary = "Report violence against the caller; flagged when it caused a day of incapacity or more")
    ResponseEntity<ViolenceReport> create(@Valid @RequestBody NewViolenceReport request, BindingResult binding) {
        FormErrors.check(binding);
        var user = CurrentUser.require();
        var id = register.file(user.organisationId(), Own.staff(user), new ViolenceReportInput(request.occurredOn(),
                request.place().strip(), request.violenceType(), ForceApiController.text(request.injuries()),
                request.incapacityDays(), request.circumstances().strip(),
                Boolean.TRUE.equals(request.aftercareOffered()),
                request.legalFollowUp() == null ? LegalFollowUp.NONE_YET : request.legalFollowUp()));
        return RegisterPages.created(register, "/api/v1/violence-against-police", id);
    }
}
