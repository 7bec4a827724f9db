package be.kompas.privacy.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import be.kompas.identity.CurrentUser;
import be.kompas.privacy.PrivacyManagement;
import be.kompas.privacy.RecordTypeOverview;
import be.kompas.privacy.RetentionPeriod;
import be.kompas.privacy.RetentionPolicies;
import be.kompas.privacy.RetentionPolicy;
import be.kompas.privacy.RetentionUnit;
import be.kompas.privacy.SubjectAccessReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

@RestController
@RequestMapping("/api/v1/privacy")
@PreAuthorize("hasAuthority('privacy.manage')")
@Tag(name = "Privacy")
class PrivacyApiController {

    /** A retention period, e.g. {@code {"amount": 5, "unit": "YEARS"}}. */
    record RetentionRequest(@NotNull @Positive @Max(9999) Integer amount, @NotNull RetentionUnit unit) {
    }

    private final PrivacyManagement privacy;
    private final RetentionPolicies retention;

    PrivacyApiController(PrivacyManagement privacy, RetentionPolicies retention) {
        this.privacy = privacy;
        this.retention = retention;
    }

    @GetMapping("/record-types")
    @Operation(summary = "Every kind of personal record Kompas holds, with its retention and latest purge")
    List<RecordTypeOverview> recordTypes() {
        return privacy.recordTypes(CurrentUser.require().organisationId());
    }

    @PutMapping("/retention/{recordType}")
    @Operation(summary = "Set or change the retention period of a purgeable record type")
    RetentionPolicy changeRetention(@PathVariable String recordType, @Valid @RequestBody RetentionRequest request) {
        return retention.change(CurrentUser.require().organisationId(), recordType, new RetentionPeriod(request.amount(), request.unit()));
    }

    @GetMapping("/subject-access")
    @Operation(summary = "Everything every module holds about a person (name, personnel number or username)")
    SubjectAccessReport subjectAccess(@RequestParam String person) {
        return privacy.subjectAccess(CurrentUser.require().organisationId(), person);
    }
}
