package be.kompas.registers.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.audit.AuditTrail;
import be.kompas.core.InvalidInputException;
import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.core.RecordNotFoundException;
import be.kompas.identity.KompasUser;
import be.kompas.people.StaffMemberId;
import be.kompas.registers.GiftDeclaration;
import be.kompas.registers.GiftInput;
import be.kompas.registers.GiftRegister;
import be.kompas.registers.GiftWarning;
import be.kompas.registers.RegisterPermissions;
import be.kompas.registers.RegisterSettingsManagement;
import be.kompas.registers.YearStatistics;
import be.kompas.tenancy.OrganisationId;

@Service
@Transactional
class GiftService implements GiftRegister {

    static final String RECORD_TYPE = "gift-declaration";

    private final GiftRepository gifts;
    private final RegisterSettingsManagement settings;
    private final StaffLookup staff;
    private final AuditTrail trail;
    private final Clock clock;
    private final ScopedReads<GiftRepository.Row, GiftDeclaration> reads;

    GiftService(GiftRepository gifts, RegisterSettingsManagement settings, StaffLookup staff, AuditTrail trail,
            Clock clock) {
        this.gifts = gifts;
        this.settings = settings;
        this.staff = staff;
        this.trail = trail;
        this.clock = clock;
        this.reads = new ScopedReads<>(gifts, RegisterPermissions.GIFTS_REVIEW, RECORD_TYPE,
                (viewer, r) -> declaration(viewer.organisationId(), r), GiftDeclaration::staffName, trail);
    }

    /** A refused offer breaks no rule; an accepted one is checked against the value and the giver. */
    @Override
    @Transactional(readOnly = true)
    public List<GiftWarning> warnings(OrganisationId organisation, GiftInput input) {
        var warnings = new ArrayList<GiftWarning>();
        if (!input.accepted()) {
            return warnings;
        }
        var rules = settings.get(organisation);
        if (input.estimatedValue().compareTo(rules.giftThreshold()) > 0) {
            warnings.add(GiftWarning.ABOVE_THRESHOLD);
        }
        String giver = input.giver().toLowerCase(Locale.ROOT);
        if (rules.forbiddenGivers().stream().anyMatch(g -> giver.contains(g.toLowerCase(Locale.ROOT)))) {
            warnings.add(GiftWarning.FORBIDDEN_GIVER);
        }
        return warnings;
    }

    @Override
    public UUID declare(OrganisationId organisation, StaffMemberId declarer, GiftInput input) {
        var member = staff.require(organisation, declarer, "staffMemberId");
        var problems = new LinkedHashMap<String, String>();
        if (input.description().isBlank()) {
            problems.put("description", "is required");
        }
        if (input.giver().isBlank()) {
            problems.put("giver", "is required");
        }
        if (input.estimatedValue().signum() < 0) {
            problems.put("estimatedValue", "may not be negative");
        }
        if (input.receivedOn().isAfter(LocalDate.now(clock))) {
            problems.put("receivedOn", "lies in the future");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var id = UUID.randomUUID();
        gifts.insert(organisation, id, declarer, member.unitName(), input, warnings(organisation, input),
                clock.instant());
        trail.wrote("registers.gift.declared", RECORD_TYPE, id, member.fullName());
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<GiftDeclaration> list(KompasUser viewer, PageRequest page) {
        return reads.list(viewer, page);
    }

    @Override
    public GiftDeclaration view(KompasUser viewer, UUID id) {
        return reads.view(viewer, id);
    }

    @Override
    public void review(KompasUser reviewer, UUID id, String remark) {
        if (!reviewer.can(RegisterPermissions.GIFTS_REVIEW)) {
            throw new AccessDeniedException("No permission to review gifts");
        }
        gifts.find(reviewer.organisationId(), id, null)
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        gifts.review(reviewer.organisationId(), id, remark.strip());
        trail.wrote("registers.gift.reviewed", RECORD_TYPE, id, null);
    }

    @Override
    @Transactional(readOnly = true)
    public List<GiftDeclaration> year(KompasUser viewer, int year) {
        return reads.year(viewer, year);
    }

    @Override
    @Transactional(readOnly = true)
    public YearStatistics statistics(OrganisationId organisation, int year) {
        return new Tally<GiftRepository.Row>(r -> r.input().receivedOn())
                .by("registers.stats.byGiftKind", "registers.giftKind.", r -> List.of(r.input().kind().name()))
                .by("registers.stats.byAccepted", "registers.gift.accepted.",
                        r -> List.of(String.valueOf(r.input().accepted())))
                .by("registers.stats.byWarning", "registers.giftWarning.",
                        r -> r.warnings().stream().map(Enum::name).toList())
                .by("registers.stats.byUnit", null, r -> List.of(r.unitName()))
                .count(year, gifts.twoYears(organisation, year));
    }

    private GiftDeclaration declaration(OrganisationId organisation, GiftRepository.Row r) {
        return new GiftDeclaration(r.id(), r.staff(), staff.name(organisation, r.staff()), r.unitName(), r.input(),
                r.warnings(), r.reviewed(), r.reviewRemark(), r.createdAt());
    }
}
