package be.kompas.registers.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.audit.AuditTrail;
import be.kompas.core.InvalidInputException;
import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.identity.KompasUser;
import be.kompas.people.StaffMemberId;
import be.kompas.people.StaffMemberSummary;
import be.kompas.registers.OathKind;
import be.kompas.registers.OathRecord;
import be.kompas.registers.OathRegister;
import be.kompas.registers.RegisterPermissions;
import be.kompas.registers.YearStatistics;
import be.kompas.tenancy.OrganisationId;

@Service
@Transactional
class OathService implements OathRegister {

    static final String RECORD_TYPE = "oath-record";

    private final OathRepository oaths;
    private final StaffLookup staff;
    private final AuditTrail trail;
    private final Clock clock;
    private final ScopedReads<OathRecord, OathRecord> reads;

    OathService(OathRepository oaths, StaffLookup staff, AuditTrail trail, Clock clock) {
        this.oaths = oaths;
        this.staff = staff;
        this.trail = trail;
        this.clock = clock;
        this.reads = new ScopedReads<>(oaths, RegisterPermissions.TRAINING_MANAGE, RECORD_TYPE, this::named,
                OathRecord::staffName, trail);
    }

    @Override
    public UUID record(KompasUser viewer, StaffMemberId member, OathKind kind, String document,
            LocalDate signedOn) {
        boolean own = StaffLookup.own(viewer).map(member::equals).orElse(false);
        if (!own && !viewer.can(RegisterPermissions.TRAINING_MANAGE)) {
            throw new AccessDeniedException("Only HR records another staff member's oath");
        }
        var summary = staff.require(viewer.organisationId(), member, "staffMemberId");
        if (signedOn.isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.of("signedOn", "lies in the future");
        }
        var id = UUID.randomUUID();
        oaths.insert(viewer.organisationId(), id, member, summary.unitName(), kind, document.strip(), signedOn,
                clock.instant());
        trail.wrote("registers.oath.recorded", RECORD_TYPE, id, summary.fullName());
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> withoutOath(KompasUser manager) {
        if (!manager.can(RegisterPermissions.TRAINING_MANAGE)) {
            throw new AccessDeniedException("No permission to read the oath register");
        }
        var sworn = oaths.sworn(manager.organisationId());
        return staff.inService(manager.organisationId()).stream().filter(m -> !sworn.contains(m.id()))
                .map(StaffMemberSummary::fullName).sorted().toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Page<OathRecord> list(KompasUser viewer, PageRequest page) {
        return reads.list(viewer, page);
    }

    @Override
    public OathRecord view(KompasUser viewer, UUID id) {
        return reads.view(viewer, id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OathRecord> year(KompasUser viewer, int year) {
        return reads.year(viewer, year);
    }

    @Override
    @Transactional(readOnly = true)
    public YearStatistics statistics(OrganisationId organisation, int year) {
        return new Tally<OathRecord>(OathRecord::signedOn)
                .by("registers.stats.byOathKind", "registers.oathKind.", r -> List.of(r.kind().name()))
                .by("registers.stats.byUnit", null, r -> List.of(r.unitName()))
                .count(year, oaths.twoYears(organisation, year));
    }

    private OathRecord named(KompasUser viewer, OathRecord r) {
        return new OathRecord(r.id(), r.staff(), staff.name(viewer.organisationId(), r.staff()), r.unitName(),
                r.kind(), r.document(), r.signedOn(), r.createdAt());
    }
}
