package be.kompas.people;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import be.kompas.tenancy.OrganisationId;

/** The organisation's units as a tree. */
public interface Units {

    /** Every unit, depth-first, children by name. */
    List<UnitNode> tree(OrganisationId organisation);

    Optional<Unit> find(OrganisationId organisation, UnitId unit);

    /** @throws be.kompas.core.InvalidInputException naming {@code code}, {@code name} or {@code parent} */
    UnitId create(OrganisationId organisation, @Nullable UnitId parent, String code, String name, UnitKind kind);

    void rename(OrganisationId organisation, UnitId unit, String name);

    /** Sets who leads a unit, the last resort of {@link StaffDirectory#responsibleManager}. */
    void appointHead(OrganisationId organisation, UnitId unit, @Nullable StaffMemberId head);
}
