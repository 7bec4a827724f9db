package be.kompas.registers;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import be.kompas.people.StaffMemberId;

/** A declared gift with the rules it breaks, and whether the integrity coordinator has reviewed it. */
public record GiftDeclaration(UUID id, StaffMemberId staff, String staffName, String unitName, GiftInput input,
        List<GiftWarning> warnings, boolean reviewed, String reviewRemark, Instant createdAt) {
}
