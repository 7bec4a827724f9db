package be.kompas.policy.web;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import be.kompas.identity.CurrentUser;
import be.kompas.policy.NewRisk;
import be.kompas.policy.RiskClass;
import be.kompas.policy.RiskFamily;
import be.kompas.policy.RiskRegister;
import be.kompas.policy.RiskSummary;
import be.kompas.policy.Scores;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/risks")
@Tag(name = "Risk register", description = "Integrity risks scored with Fine & Kinney: R = W x B x E")
class RiskApiController {

    /** The classes with their thresholds; a boundary value belongs to the lower class. */
    private static final String CLASSES = "A (R > 400), B (200 < R <= 400), C (70 < R <= 200), D (20 < R <= 70),"
            + " E (R <= 20)";

    /** A risk as the API shows it: its current net scores. */
    record RiskView(String id, String title, RiskFamily family, BigDecimal probability, BigDecimal exposure,
            BigDecimal effect, BigDecimal score,
            @Schema(description = CLASSES) RiskClass riskClass,
            BigDecimal grossScore, RiskClass grossRiskClass) {

        static RiskView of(RiskSummary risk) {
            var net = risk.net();
            return new RiskView(risk.id().toString(), risk.title(), risk.family(), net.probability().value(),
                    net.exposure().value(), net.effect().value(), net.score(), net.riskClass(),
                    risk.gross().score(), risk.gross().riskClass());
        }
    }

    /** A new risk; the scores are the numbers of the scales of domain.md 7.1. */
    record NewRiskRequest(@NotBlank @Size(max = 300) String title, @Nullable @Size(max = 4000) String description,
            @Nullable RiskFamily family,
            @Schema(description = "W: 10, 6, 3, 2, 1 or 0.5") @Nullable BigDecimal probability,
            @Schema(description = "B: 10, 6, 3, 2, 1 or 0.5") @Nullable BigDecimal exposure,
            @Schema(description = "E: 100, 40, 15, 7, 3 or 1") @Nullable BigDecimal effect) {
    }

    record ImportResult(int added) {
    }

    private final RiskRegister register;

    RiskApiController(RiskRegister register) {
        this.register = register;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('policy.read')")
    @Operation(summary = "Every risk of the register with its current net score and class, highest first")
    List<RiskView> list() {
        return register.all(CurrentUser.require().organisationId()).stream().map(RiskView::of).toList();
    }

    @PostMapping
    @PreAuthorize("hasAuthority('policy.manage')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a risk; a value off its scale answers 400 naming the field")
    RiskView create(@Valid @RequestBody NewRiskRequest request) {
        var organisation = CurrentUser.require().organisationId();
        var scores = Scores.of(request.probability(), request.exposure(), request.effect());
        var id = register.add(organisation, new NewRisk(request.title(),
                request.description() == null ? "" : request.description(),
                request.family() == null ? RiskFamily.POWERS : request.family(), List.of(), List.of(), scores,
                scores));
        return RiskView.of(register.find(organisation, id).summary());
    }

    @PostMapping("/import/gent")
    @PreAuthorize("hasAuthority('policy.manage')")
    @Operation(summary = "Add the 27 risks of the Gent risk analysis as a starting template (once)")
    ImportResult importGent() {
        return new ImportResult(register.importGentTemplate(CurrentUser.require().organisationId()));
    }
}
