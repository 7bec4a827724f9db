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
import be.kompas.core.PageRequest;
import be.kompas.identity.CurrentUser;
import be.kompas.registers.AncillaryActivity;
import be.kompas.registers.AncillaryInput;
import be.kompas.registers.AncillaryRegister;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/ancillary-activities")
@Tag(name = "Ancillary activities", description = "Applications for ancillary activities and their permissions")
class AncillaryApiController {

    /** An application by the caller; {@code startsOn} (optional) is the day the activity starts. */
    record NewActivity(@NotBlank @Size(max = 1000) String activity, @NotBlank @Size(max = 200) String employer,
            @NotNull @Min(1) @Max(200) Integer hoursPerMonth, @NotNull Boolean paid, @Nullable String conflicts,
            @Nullable LocalDate startsOn) {
    }

    private final AncillaryRegister register;

    AncillaryApiController(AncillaryRegister register) {
        this.register = register;
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('registers.file', 'registers.ancillary.decide')")
    @Operation(summary = "Applications the caller may see: their own, those they advise on, or all for the"
            + " competent authority; optionally one unit's register")
    Page<AncillaryActivity> list(@RequestParam(required = false) @Nullable String unit,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
        return register.list(CurrentUser.require(), unit, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One application; 404 outside the caller's reach")
    AncillaryActivity get(@PathVariable UUID id) {
        return register.view(CurrentUser.require(), id);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('registers.file')")
    @Operation(summary = "Apply for an ancillary activity; it goes to the line manager for advice")
    ResponseEntity<AncillaryActivity> create(@Valid @RequestBody NewActivity request, BindingResult binding) {
        FormErrors.check(binding);
        var user = CurrentUser.require();
        var id = register.apply(user.organisationId(), Own.staff(user), new AncillaryInput(request.activity().strip(),
                request.employer().strip(), request.hoursPerMonth(), request.paid(),
                ForceApiController.text(request.conflicts()), request.startsOn()));
        return RegisterPages.created(register, "/api/v1/ancillary-activities", id);
    }
}
