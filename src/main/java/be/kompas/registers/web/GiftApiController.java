package be.kompas.registers.web;

import java.math.BigDecimal;
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
import be.kompas.registers.GiftDeclaration;
import be.kompas.registers.GiftInput;
import be.kompas.registers.GiftKind;
import be.kompas.registers.GiftRegister;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/gifts")
@Tag(name = "Gifts and invitations", description = "Declarations of gifts, invitations and advantages offered")
class GiftApiController {

    /** A declaration by the caller; {@code warnings} in the answer name the rules an accepted gift breaks. */
    record NewGift(@NotNull GiftKind kind, @NotBlank @Size(max = 1000) String description,
            @NotBlank @Size(max = 200) String giver, @Nullable String occasion,
            @NotNull @DecimalMin("0") BigDecimal estimatedValue, @NotNull Boolean accepted,
            @NotNull @PastOrPresent LocalDate receivedOn) {
    }

    private final GiftRegister register;

    GiftApiController(GiftRegister register) {
        this.register = register;
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('registers.file', 'registers.gifts.review')")
    @Operation(summary = "Declarations the caller may see: their own, or all for the integrity coordinator")
    Page<GiftDeclaration> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size) {
        return RegisterPages.page(register, page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One declaration; 404 outside the caller's reach")
    GiftDeclaration get(@PathVariable UUID id) {
        return register.view(CurrentUser.require(), id);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('registers.file')")
    @Operation(summary = "Declare a gift, invitation or advantage offered to the caller")
    ResponseEntity<GiftDeclaration> create(@Valid @RequestBody NewGift request, BindingResult binding) {
        FormErrors.check(binding);
        var user = CurrentUser.require();
        var id = register.declare(user.organisationId(), Own.staff(user), new GiftInput(request.kind(),
                request.description().strip(), request.giver().strip(), ForceApiController.text(request.occasion()),
                request.estimatedValue(), request.accepted(), request.receivedOn()));
        return RegisterPages.created(register, "/api/v1/gifts", id);
    }
}
