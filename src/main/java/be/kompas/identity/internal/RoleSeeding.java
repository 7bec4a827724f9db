package be.kompas.identity.internal;

import java.util.List;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.identity.DefaultGrant;
import be.kompas.tenancy.Organisation;
import be.kompas.tenancy.OrganisationCreated;
import be.kompas.tenancy.Organisations;

/**
 * Gives every organisation its roles and the modules' default grants: when it is created, and again at start-up so
 * that a module added in a new version reaches existing organisations.
 */
@Component
class RoleSeeding {

    private final RoleRepository roles;
    private final Organisations organisations;
    private final List<DefaultGrant> defaultGrants;

    RoleSeeding(RoleRepository roles, Organisations organisations, List<DefaultGrant> defaultGrants) {
        this.roles = roles;
        this.organisations = organisations;
        this.defaultGrants = defaultGrants;
    }

    @EventListener
    void on(OrganisationCreated event) {
        seed(organisations.get(event.organisationId()));
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void seedAll() {
        organisations.findAll().forEach(this::seed);
    }

    private void seed(Organisation organisation) {
        var templates = RoleCatalogue.rolesFor(organisation.kind());
        templates.forEach(t -> roles.insertIfMissing(organisation.id(), t.code(), t.secondFactorRequired()));
        var codes = roles.codes(organisation.id());
        for (DefaultGrant grant : defaultGrants) {
            grant.roles().stream().filter(codes::contains)
                    .forEach(role -> roles.applyDefaultGrant(organisation.id(), role, grant.permission()));
        }
    }
}
