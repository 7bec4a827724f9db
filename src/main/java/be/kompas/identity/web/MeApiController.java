package be.kompas.identity.web;

import java.util.Set;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import be.kompas.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Identity")
class MeApiController {

    /** The caller as the API sees them. */
    record Me(String username, String displayName, String organisation, String organisationName, Set<String> roles,
            Set<String> permissions) {
    }

    private final be.kompas.tenancy.Organisations organisations;

    MeApiController(be.kompas.tenancy.Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    @Operation(summary = "Who am I: username, organisation and roles of the token's owner")
    Me me() {
        var user = CurrentUser.require();
        return new Me(user.username(), user.displayName(), user.organisationCode(),
                organisations.get(user.organisationId()).name(), user.roles(), user.permissions());
    }
}
