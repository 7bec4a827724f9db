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
import be.kompas.people.StaffMemberId;
import be.kompas.registers.OathKind;
import be.kompas.registers.OathRecord;
import be.kompas.registers.OathRegister;
import be.kompas.registers.TrainingRecord;
import be.kompas.registers.TrainingRegister;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasAnyAuthority('registers.file', 'registers.training.manage')")
@Tag(name = "Training and oath", description = "Courses followed and oaths taken: the caller's own, or all for the"
        + " training service")
class TrainingApiController {

    /** A course followed; without {@code staffMemberId}, by the caller. */
    record NewTraining(@Nullable UUID staffMemberId, @NotBlank @Size(max = 20) String courseCode,
            @NotNull @PastOrPresent LocalDate completedOn, @Nullable String note) {
    }

    /** An oath taken or a document signed; without {@code staffMemberId}, by the caller. */
    record NewOath(@Nullable UUID staffMemberId, @NotNull OathKind kind, @Nullable @Size(max = 200) String document,
            @NotNull @PastOrPresent LocalDate signedOn) {
    }

    private final TrainingRegister training;
    private final OathRegister oaths;

    TrainingApiController(TrainingRegister training, OathRegister oaths) {
        this.training = training;
        this.oaths = oaths;
    }

    @GetMapping("/trainings")
    @Operation(summary = "Courses followed that the caller may see, newest first")
    Page<TrainingRecord> trainings(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size) {
        return RegisterPages.page(training, page, size);
    }

    @GetMapping("/trainings/{id}")
    @Operation(summary = "One course followed; 404 outside the caller's reach")
    TrainingRecord training(@PathVariable UUID id) {
        return training.view(CurrentUser.require(), id);
    }

    @PostMapping("/trainings")
    @Operation(summary = "Record a course followed; 400 naming courseCode for a course outside the plan")
    ResponseEntity<TrainingRecord> recordTraining(@Valid @RequestBody NewTraining request, BindingResult binding) {
        FormErrors.check(binding);
        var user = CurrentUser.require();
        var staff = request.staffMemberId() == null ? Own.staff(user) : new StaffMemberId(request.staffMemberId());
        var id = training.record(user, staff, request.courseCode().strip(), request.completedOn(),
                ForceApiController.text(request.note()));
        return RegisterPages.created(training, "/api/v1/trainings", id);
    }

    @GetMapping("/oaths")
    @Operation(summary = "Oaths and signed documents the caller may see, newest first")
    Page<OathRecord> oaths(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
        return RegisterPages.page(oaths, page, size);
    }

    @GetMapping("/oaths/{id}")
    @Operation(summary = "One oath or signature; 404 outside the caller's reach")
    OathRecord oath(@PathVariable UUID id) {
        return oaths.view(CurrentUser.require(), id);
    }

    @PostMapping("/oaths")
    @Operation(summary = "Record an oath, affirmation or signed values document")
    ResponseEntity<OathRecord> recordOath(@Valid @RequestBody NewOath request, BindingResult binding) {
        FormErrors.check(binding);
        var user = CurrentUser.require();
        var staff = request.staffMemberId() == null ? Own.staff(user) : new StaffMemberId(request.staffMemberId());
        var id = oaths.record(user, staff, request.kind(), ForceApiController.text(request.document()),
                request.signedOn());
        return RegisterPages.created(oaths, "/api/v1/oaths", id);
    }
}
