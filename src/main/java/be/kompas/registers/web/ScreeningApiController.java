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
import be.kompas.registers.DueScreening;
import be.kompas.registers.Screening;
import be.kompas.registers.ScreeningKind;
import be.kompas.registers.ScreeningRegister;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

@RestController
@RequestMapping("/api/v1/screenings")
@Tag(name = "Screenings", description = "Screening records; outcomes only for HR and the head of oversight")
class ScreeningApiController {

    /** A planned screening; without {@code staffMemberId} it is the caller's own. */
    record NewScreening(@Nullable UUID staffMemberId, @NotNull ScreeningKind kind, @NotNull LocalDate dueOn) {
    }

    private final ScreeningRegister register;

    ScreeningApiController(ScreeningRegister register) {
        this.register = register;
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('registers.file', 'registers.screening.manage')")
    @Operation(summary = "Screenings the caller may see: their own without outcomes, or all for HR and oversight")
    Page<Screening> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
        return RegisterPages.page(register, page, size);
    }

    @GetMapping("/due")
    @PreAuthorize("hasAuthority('registers.screening.manage')")
    @Operation(summary = "Screenings due within three months or overdue")
    List<DueScreening> due() {
        return register.due(CurrentUser.require());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One screening; 404 outside the caller's reach")
    Screening get(@PathVariable UUID id) {
        return register.view(CurrentUser.require(), id);
    }

    @PostMapping
    @PreAuthorize("hasAnyAuthority('registers.file', 'registers.screening.manage')")
    @Operation(summary = "Plan a screening: the caller's own, or anyone's for HR and oversight")
    ResponseEntity<Screening> create(@Valid @RequestBody NewScreening request, BindingResult binding) {
        FormErrors.check(binding);
        var user = CurrentUser.require();
        var member = request.staffMemberId() == null ? Own.staff(user) : new StaffMemberId(request.staffMemberId());
        var id = register.schedule(user, member, request.kind(), request.dueOn());
        return RegisterPages.created(register, "/api/v1/screenings", id);
    }
}
