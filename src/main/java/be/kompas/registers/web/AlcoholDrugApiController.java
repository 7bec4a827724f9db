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
import be.kompas.registers.AlcoholDrugTest;
import be.kompas.registers.AlcoholDrugTestInput;
import be.kompas.registers.AlcoholDrugTests;
import be.kompas.registers.SubstanceKind;
import be.kompas.registers.TestFollowUp;
import be.kompas.registers.TestResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/alcohol-drug-tests")
@PreAuthorize("hasAuthority('registers.alcohol-drug-tests')")
@Tag(name = "Alcohol and drug tests", description = "Random tests and their results, where the organisation runs"
        + " them; only for the holders of the dedicated permission (403 otherwise, and while the tests are off)")
class AlcoholDrugApiController {

    /** A test and its result; {@code followUp} other than NONE only after a positive or refused test. */
    record NewTest(@NotNull UUID staffMemberId, @NotNull SubstanceKind substance, @NotNull LocalDate testedOn,
            @NotNull TestResult result, @Nullable @Size(max = 500) String values, @Nullable TestFollowUp followUp,
            @Nullable @Size(max = 2000) String followUpNote) {
    }

    private final AlcoholDrugTests tests;

    AlcoholDrugApiController(AlcoholDrugTests tests) {
        this.tests = tests;
    }

    @GetMapping
    @Operation(summary = "Tests of the organisation, newest first")
    Page<AlcoholDrugTest> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size) {
        return RegisterPages.page(tests, page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One test; 404 for another organisation's")
    AlcoholDrugTest get(@PathVariable UUID id) {
        return tests.view(CurrentUser.require(), id);
    }

    @PostMapping
    @Operation(summary = "Record a test and its result; 400 naming each bad field")
    ResponseEntity<AlcoholDrugTest> create(@Valid @RequestBody NewTest request, BindingResult binding) {
        FormErrors.check(binding);
        var id = tests.record(CurrentUser.require(), new StaffMemberId(request.staffMemberId()),
                new AlcoholDrugTestInput(request.substance(), request.testedOn(), request.result(),
                        ForceApiController.text(request.values()),
                        request.followUp() == null ? TestFollowUp.NONE : request.followUp(),
                        ForceApiController.text(request.followUpNote())));
        return RegisterPages.created(tests, "/api/v1/alcohol-drug-tests", id);
    }
}
