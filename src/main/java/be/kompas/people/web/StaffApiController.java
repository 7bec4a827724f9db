package be.kompas.people.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import be.kompas.core.InvalidInputException;
import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.identity.CurrentUser;
import be.kompas.people.EmploymentKind;
import be.kompas.people.JobFunctionId;
import be.kompas.people.NewStaffMember;
import be.kompas.people.StaffDirectory;
import be.kompas.people.StaffMemberDetails;
import be.kompas.people.StaffMemberId;
import be.kompas.people.StaffMemberSummary;
import be.kompas.people.StaffQuery;
import be.kompas.people.UnitId;
import be.kompas.people.UnitKind;
import be.kompas.people.UnitNode;
import be.kompas.people.Units;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "People", description = "Staff members and units of the caller's organisation")
class StaffApiController {

    /** A new staff member; managers are staff ids of the same organisation. */
    record NewStaffRequest(@NotBlank @Size(max = 40) String personnelNumber, @NotBlank @Size(max = 100) String surname,
            @NotBlank @Size(max = 100) String givenName, @NotBlank @Size(max = 60) String grade, @NotNull UUID unit,
            @Nullable UUID function, @NotNull EmploymentKind employmentKind, @Nullable UUID firstLineManager,
            @Nullable UUID secondLineManager, @Email @Size(max = 200) @Nullable String email,
            @NotNull LocalDate entryDate) {
    }

    /** A unit with the units under it. */
    record UnitTree(UUID id, String code, String name, UnitKind kind, @Nullable StaffMemberId head,
            List<UnitTree> children) {
    }

    private final StaffDirectory directory;
    private final Units units;

    StaffApiController(StaffDirectory directory, Units units) {
        this.directory = directory;
        this.units = units;
    }

    @GetMapping("/staff")
    @PreAuthorize("hasAnyAuthority('people.staff.read', 'people.staff.read-unit')")
    @Operation(summary = "Staff members the caller may see, by name or personnel number and unit (with its subunits)")
    Page<StaffMemberSummary> list(@RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @Nullable UUID unit, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size) {
        return directory.browse(CurrentUser.require(), new StaffQuery(q, unit == null ? null : new UnitId(unit),
                null, null), PageRequest.of(page, size));
    }

    @GetMapping("/staff/{id}")
    @Operation(summary = "One staff member with managers and employment history; 404 outside the caller's reach")
    StaffMemberDetails get(@PathVariable UUID id) {
        return directory.view(CurrentUser.require(), new StaffMemberId(id));
    }

    @PostMapping("/staff")
    @PreAuthorize("hasAuthority('people.staff.manage')")
    @Operation(summary = "Add a staff member with a first employment period")
    ResponseEntity<StaffMemberDetails> create(@Valid @RequestBody NewStaffRequest request, BindingResult binding) {
        // Checked here rather than before the call, so that a caller without the permission learns nothing from it.
        if (binding.hasErrors()) {
            throw new InvalidInputException(binding.getFieldErrors().stream().collect(Collectors.toMap(
                    FieldError::getField, e -> String.valueOf(e.getDefaultMessage()), (a, b) -> a + "; " + b)));
        }
        var user = CurrentUser.require();
        var id = directory.create(user.organisationId(), new NewStaffMember(request.personnelNumber(),
                request.surname(), request.givenName(), request.grade(), new UnitId(request.unit()),
                request.function() == null ? null : new JobFunctionId(request.function()), request.employmentKind(),
                staffId(request.firstLineManager()), staffId(request.secondLineManager()), request.email(),
                request.entryDate()));
        return ResponseEntity.created(URI.create("/api/v1/staff/" + id)).body(directory.view(user, id));
    }

    @GetMapping("/units")
    @PreAuthorize("hasAnyAuthority('people.staff.read', 'people.staff.read-unit', 'people.units.manage')")
    @Operation(summary = "The organisation's units as a tree")
    List<UnitTree> units() {
        var roots = new ArrayList<UnitTree>();
        var path = new ArrayList<UnitTree>();
        for (UnitNode node : units.tree(CurrentUser.require().organisationId())) {
            var unit = node.unit();
            var tree = new UnitTree(unit.id().value(), unit.code(), unit.name(), unit.kind(), unit.head(),
                    new ArrayList<>());
            path.subList(node.depth(), path.size()).clear();
            (node.depth() == 0 ? roots : path.get(node.depth() - 1).children()).add(tree);
            path.add(tree);
        }
        return roots;
    }

    private static @Nullable StaffMemberId staffId(@Nullable UUID id) {
        return id == null ? null : new StaffMemberId(id);
    }
}
