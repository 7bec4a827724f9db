package be.kompas.audit.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import be.kompas.audit.AuditQuery;
import be.kompas.audit.AuditTrail;
import be.kompas.core.PageRequest;
import be.kompas.identity.CurrentUser;

/** The DPO's search of the trail and the administrator's check of its hash chain. */
@Controller
@RequestMapping("/audit")
class AuditController {

    static final String SEARCH_VIEW = "audit/search";
    static final String VERIFY_VIEW = "audit/verify";
    static final int PAGE_SIZE = 50;

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('audit.search')")
    String search(@RequestParam(required = false) @Nullable String person,
            @RequestParam(required = false) @Nullable String recordType,
            @RequestParam(required = false) @Nullable String recordId, @RequestParam(defaultValue = "0") int page,
            Model model) {
        var user = CurrentUser.require();
        var query = new AuditQuery(user.organisationId(), blankToNull(person), blankToNull(recordType),
                blankToNull(recordId));
        model.addAttribute("query", query);
        model.addAttribute("page", trail.search(query, PageRequest.of(page, PAGE_SIZE)));
        String filters = filters(query);
        model.addAttribute("filters", filters);
        // Looking through the trail is itself an access to personal data.
        trail.wrote("audit.searched", "audit-query", filters.isEmpty() ? "all" : filters.substring(1),
                query.person());
        return SEARCH_VIEW;
    }

    @GetMapping("/verify")
    @PreAuthorize("hasAuthority('audit.verify')")
    String verifyPage() {
        return VERIFY_VIEW;
    }

    @PostMapping("/verify")
    @PreAuthorize("hasAuthority('audit.verify')")
    String verify(Model model) {
        model.addAttribute("verification", trail.verify());
        return VERIFY_VIEW;
    }

    /** The criteria as query parameters, for the pager and the trail. */
    private static String filters(AuditQuery query) {
        var builder = UriComponentsBuilder.newInstance();
        addIfPresent(builder, "person", query.person());
        addIfPresent(builder, "recordType", query.recordType());
        addIfPresent(builder, "recordId", query.recordId());
        String encoded = builder.encode().build().getQuery();
        return encoded == null ? "" : "&" + encoded;
    }

    private static void addIfPresent(UriComponentsBuilder builder, String name, @Nullable String value) {
        if (value != null) {
            builder.queryParam(name, value);
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
