package be.kompas.people.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import be.kompas.core.InvalidInputException;
import be.kompas.core.PageRequest;
import be.kompas.core.RecordNotFoundException;
import be.kompas.identity.CurrentUser;
import be.kompas.people.EmploymentKind;
import be.kompas.people.JobFunctionId;
import be.kompas.people.JobFunctions;
import be.kompas.people.NewStaffMember;
import be.kompas.people.PeoplePermissions;
import be.kompas.people.StaffDirectory;
import be.kompas.people.StaffMemberChange;
import be.kompas.people.StaffMemberId;
import be.kompas.people.StaffMemberSummary;
import be.kompas.people.StaffQuery;
import be.kompas.people.Transfer;
import be.kompas.people.UnitId;
import be.kompas.people.Units;
import be.kompas.tenancy.OrganisationId;
import jakarta.validation.Valid;

/** The staff list, a staff member's record, and the forms that add, change and transfer staff. */
@Controller
@RequestMapping("/people")
class StaffController {

    static final String LIST_VIEW = "people/staff-list";
    static final String DETAIL_VIEW = "people/staff-detail";
    static final String FORM_VIEW = "people/staff-form";
    static final String TRANSFER_VIEW = "people/staff-transfer";
    static final int PAGE_SIZE = 25;

    private final StaffDirectory directory;
    private final Units units;
    private final JobFunctions functions;

    StaffController(StaffDirectory directory, Units units, JobFunctions functions) {
        this.directory = directory;
        this.units = units;
        this.functions = functions;
    }

    @GetMapping("/staff")
    @PreAuthorize("hasAnyAuthority('people.staff.read', 'people.staff.read-unit')")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable UUID unit,
            @RequestParam(required = false) @Nullable EmploymentKind kind,
            @RequestParam(required = false) @Nullable Boolean vulnerable, @RequestParam(defaultValue = "0") int page,
            Model model) {
        var user = CurrentUser.require();
        var query = new StaffQuery(q, unit == null ? null : new UnitId(unit), kind, vulnerable);
        model.addAttribute("page", directory.browse(user, query, PageRequest.of(page, PAGE_SIZE)));
        model.addAttribute("q", q);
        model.addAttribute("unit", unit);
        model.addAttribute("kind", kind);
        model.addAttribute("vulnerable", vulnerable);
        model.addAttribute("filters", filters(q, unit, kind, vulnerable));
        model.addAttribute("unitChoices", Choice.units(units, user.organisationId()));
        model.addAttribute("kindChoices", Choice.of(EmploymentKind.class, "people.kind"));
        model.addAttribute("yesNo", Choice.yesNo());
        return LIST_VIEW;
    }

    private static String filters(String q, @Nullable UUID unit, @Nullable EmploymentKind kind,
            @Nullable Boolean vulnerable) {
        var builder = UriComponentsBuilder.newInstance();
        if (!q.isBlank()) {
            builder.queryParam("q", q);
        }
        if (unit != null) {
            builder.queryParam("unit", unit);
        }
        if (kind != null) {
            builder.queryParam("kind", kind);
        }
        if (vulnerable != null) {
            builder.queryParam("vulnerable", vulnerable);
        }
        String query = builder.encode().build().getQuery();
        return query == null ? "" : "&" + query;
    }

    @GetMapping("/me")
    @PreAuthorize("hasAuthority('people.own-record.read')")
    String me() {
        UUID own = CurrentUser.require().staffMemberId();
        if (own == null) {
            throw new RecordNotFoundException("staff-member", "own");
        }
        return "redirect:/people/staff/" + own;
    }

    @GetMapping("/staff/{id}")
    String detail(@PathVariable UUID id, Model model) {
        var user = CurrentUser.require();
        model.addAttribute("staff", directory.view(user, new StaffMemberId(id)));
        model.addAttribute("canManage", user.can(PeoplePermissions.STAFF_MANAGE));
        return DETAIL_VIEW;
    }

    @GetMapping("/staff/new")
    @PreAuthorize("hasAuthority('people.staff.manage')")
    String newForm(Model model) {
        model.addAttribute("staffForm", new StaffForm());
        return form(model, null);
    }

    @PostMapping("/staff/new")
    @PreAuthorize("hasAuthority('people.staff.manage')")
    String create(@Valid @ModelAttribute("staffForm") StaffForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        var organisation = CurrentUser.require().organisationId();
        var first = manager(organisation, form.getFirstLineManager(), "firstLineManager", binding);
        var second = manager(organisation, form.getSecondLineManager(), "secondLineManager", binding);
        if (binding.hasErrors()) {
            return form(model, null);
        }
        try {
            var id = directory.create(organisation, new NewStaffMember(form.getPersonnelNumber(), form.getSurname(),
                    form.getGivenName(), form.getGrade(), new UnitId(form.getUnit()), functionId(form.getFunction()),
                    form.getEmploymentKind(), first, second, form.getEmail(), form.getEntryDate()));
            redirect.addFlashAttribute("flash", "people.staff.created");
            return "redirect:/people/staff/" + id;
        }
        catch (InvalidInputException e) {
            reject(e, binding);
            return form(model, null);
        }
    }

    @GetMapping("/staff/{id}/edit")
    @PreAuthorize("hasAuthority('people.staff.manage')")
    String editForm(@PathVariable UUID id, Model model) {
        var details = directory.view(CurrentUser.require(), new StaffMemberId(id));
        model.addAttribute("staffForm", StaffEditForm.of(details));
        return form(model, id);
    }

    @PostMapping("/staff/{id}/edit")
    @PreAuthorize("hasAuthority('people.staff.manage')")
    String edit(@PathVariable UUID id, @Valid @ModelAttribute("staffForm") StaffEditForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        var organisation = CurrentUser.require().organisationId();
        var first = manager(organisation, form.getFirstLineManager(), "firstLineManager", binding);
        var second = manager(organisation, form.getSecondLineManager(), "secondLineManager", binding);
        if (binding.hasErrors()) {
            return form(model, id);
        }
        try {
            directory.change(organisation, new StaffMemberId(id), new StaffMemberChange(form.getSurname(),
                    form.getGivenName(), form.getEmploymentKind(), first, second, form.getEmail(),
                    form.getExitDate()));
            redirect.addFlashAttribute("flash", "people.staff.saved");
            return "redirect:/people/staff/" + id;
        }
        catch (InvalidInputException e) {
            reject(e, binding);
            return form(model, id);
        }
    }

    private String form(Model model, @Nullable UUID id) {
        var organisation = CurrentUser.require().organisationId();
        model.addAttribute("staffId", id);
        model.addAttribute("unitChoices", Choice.units(units, organisation));
        model.addAttribute("functionChoices", Choice.functions(functions, organisation));
        model.addAttribute("kindChoices", Choice.of(EmploymentKind.class, "people.kind"));
        return FORM_VIEW;
    }

    @GetMapping("/staff/{id}/transfer")
    @PreAuthorize("hasAuthority('people.staff.manage')")
    String transferForm(@PathVariable UUID id, Model model) {
        var details = directory.view(CurrentUser.require(), new StaffMemberId(id));
        var form = new TransferForm();
        form.setUnit(details.summary().unitId().value());
        form.setFunction(details.functionId() == null ? null : details.functionId().value());
        form.setGrade(details.summary().grade());
        model.addAttribute("transferForm", form);
        return transferForm(model, details.summary());
    }

    @PostMapping("/staff/{id}/transfer")
    @PreAuthorize("hasAuthority('people.staff.manage')")
    String transfer(@PathVariable UUID id, @Valid @ModelAttribute("transferForm") TransferForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        var organisation = CurrentUser.require().organisationId();
        var staff = directory.find(organisation, new StaffMemberId(id))
                .orElseThrow(() -> new RecordNotFoundException("staff-member", id));
        if (binding.hasErrors()) {
            return transferForm(model, staff);
        }
        try {
            directory.transfer(organisation, staff.id(), new Transfer(new UnitId(form.getUnit()),
                    functionId(form.getFunction()), form.getGrade(), form.getFrom()));
            redirect.addFlashAttribute("flash", "people.staff.transferred");
            return "redirect:/people/staff/" + id;
        }
        catch (InvalidInputException e) {
            reject(e, binding);
            return transferForm(model, staff);
        }
    }

    private String transferForm(Model model, StaffMemberSummary staff) {
        var organisation = CurrentUser.require().organisationId();
        model.addAttribute("staff", staff);
        model.addAttribute("unitChoices", Choice.units(units, organisation));
        model.addAttribute("functionChoices", Choice.functions(functions, organisation));
        return TRANSFER_VIEW;
    }

    private @Nullable StaffMemberId manager(OrganisationId organisation, String personnelNumber, String field,
            BindingResult binding) {
        if (personnelNumber.isBlank()) {
            return null;
        }
        var found = directory.findByPersonnelNumber(organisation, personnelNumber);
        if (found.isEmpty()) {
            binding.rejectValue(field, "people.invalid.manager");
        }
        return found.map(StaffMemberSummary::id).orElse(null);
    }

    private static @Nullable JobFunctionId functionId(@Nullable UUID id) {
        return id == null ? null : new JobFunctionId(id);
    }

    /** The facade's findings, shown at their fields in the user's language. */
    static void reject(InvalidInputException e, BindingResult binding) {
        e.errors().forEach((field, message) -> binding.rejectValue(field, "people.invalid." + field, message));
    }
}
