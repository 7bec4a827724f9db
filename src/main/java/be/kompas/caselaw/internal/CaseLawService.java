package be.kompas.caselaw.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.audit.AuditEvent;
import be.kompas.audit.AuditTrail;
import be.kompas.caselaw.CaseLaw;
import be.kompas.caselaw.CaseLawEntry;
import be.kompas.caselaw.CaseLawInput;
import be.kompas.caselaw.CaseLawPermissions;
import be.kompas.caselaw.CaseLawQuery;
import be.kompas.caselaw.Distribution;
import be.kompas.caselaw.Outcome;
import be.kompas.caselaw.SimilarEntry;
import be.kompas.complaints.FactCode;
import be.kompas.core.InvalidInputException;
import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.core.RecordNotFoundException;
import be.kompas.identity.KompasUser;
import be.kompas.investigations.CaseDecided;
import be.kompas.investigations.Track;
import be.kompas.policy.RiskFamily;

@Service
@Transactional
class CaseLawService implements CaseLaw {

    static final String RECORD = "caselaw-entry";
    static final int MAX_SIMILAR = 50;

    private final CaseLawRepository entries;
    private final AuditTrail trail;
    private final Clock clock;

    CaseLawService(CaseLawRepository entries, AuditTrail trail, Clock clock) {
        this.entries = entries;
        this.trail = trail;
        this.clock = clock;
    }

    /** A decided case becomes a draft entry, which the head of internal oversight checks before publishing it. */
    void takeIn(CaseDecided decided) {
        var input = new CaseLawInput(decided.anonymisedFacts(), decided.factCodes(),
                CaseLaw.riskFamilyNames(decided.riskFamilies()),
                decided.aggravating(), decided.mitigating(), decided.track().name(), decided.outcome(),
                decided.sanction(), decided.decidedOn().getYear(), decided.decidedOn());
        UUID id = UUID.randomUUID();
        if (entries.insert(decided.organisation(), id, decided.caseId(), input, clock.instant())) {
            trail.record(new AuditEvent(decided.organisation(), "system", "caselaw.taken-in", RECORD, id.toString(),
                    null, decided.reference()));
        }
    }

    @Override
    public Page<CaseLawEntry> search(KompasUser viewer, CaseLawQuery query, PageRequest page) {
        require(viewer, CaseLawPermissions.READ);
        var result = entries.search(viewer.organisationId(), query, viewer.can(CaseLawPermissions.MANAGE), page);
        trail.read(RECORD, "search", null);
        return result;
    }

    @Override
    public CaseLawEntry view(KompasUser viewer, UUID id) {
        require(viewer, CaseLawPermissions.READ);
        var entry = find(viewer, id);
        trail.read(RECORD, id, null);
        return entry;
    }

    @Override
    public List<SimilarEntry> similar(KompasUser viewer, Collection<String> factCodes,
            Collection<String> riskFamilies, @Nullable UUID exclude, int limit) {
        require(viewer, CaseLawPermissions.READ);
        if (factCodes.isEmpty() && riskFamilies.isEmpty()) {
            return List.of();
        }
        var similar = entries.similar(viewer.organisationId(), factCodes, CaseLaw.riskFamilyNames(riskFamilies),
                exclude, Math.max(1, Math.min(MAX_SIMILAR, limit)));
        trail.read(RECORD, "similar", null);
        return similar;
    }

    @Override
    public Distribution consistency(KompasUser viewer, String factCode) {
        require(viewer, CaseLawPermissions.READ);
        var distribution = entries.distribution(viewer.organisationId(), factCode);
        trail.read(RECORD, "consistency:" + factCode, null);
        return distribution;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> factCodesInUse(KompasUser viewer) {
        require(viewer, CaseLawPermissions.READ);
        return entries.factCodesInUse(viewer.organisationId()).stream().sorted(CaseLawService::byCode).toList();
    }

    @Override
    public UUID enter(KompasUser viewer, CaseLawInput input) {
        require(viewer, CaseLawPermissions.MANAGE);
        check(input);
        UUID id = UUID.randomUUID();
        entries.insert(viewer.organisationId(), id, null, input, clock.instant());
        trail.wrote("caselaw.entered", RECORD, id, null);
        return id;
    }

    @Override
    public void correct(KompasUser viewer, UUID id, CaseLawInput input) {
        require(viewer, CaseLawPermissions.MANAGE);
        check(input);
        if (!entries.update(viewer.organisationId(), id, input, clock.instant())) {
            throw new RecordNotFoundException(RECORD, id);
        }
        trail.wrote("caselaw.corrected", RECORD, id, null);
    }

    @Override
    public void publish(KompasUser viewer, UUID id) {
        require(viewer, CaseLawPermissions.MANAGE);
        var entry = find(viewer, id);
        if (entry.published()) {
            return;
        }
        entries.publish(viewer.organisationId(), id, clock.instant());
        trail.wrote("caselaw.published", RECORD, id, null);
    }

    private CaseLawEntry find(KompasUser viewer, UUID id) {
        return entries.find(viewer.organisationId(), id)
                .filter(e -> e.published() || viewer.can(CaseLawPermissions.MANAGE))
                .orElseThrow(() -> new RecordNotFoundException(RECORD, id));
    }

    private void check(CaseLawInput input) {
        var errors = new LinkedHashMap<String, String>();
        if (input.facts().isBlank()) {
            errors.put("facts", "required");
        }
        if (input.factCodes().isEmpty() && input.riskFamilies().isEmpty()) {
            errors.put("factCodes", "at least one fact code or risk family");
        }
        if (input.factCodes().stream().anyMatch(c -> FactCode.ofCode(c).isEmpty())) {
            errors.put("factCodes", "unknown fact code");
        }
        if (input.riskFamilies().stream().anyMatch(f -> !isEnum(RiskFamily.class, f))) {
            errors.put("riskFamilies", "unknown risk family");
        }
        if (!isEnum(Track.class, input.track())) {
            errors.put("track", "unknown track");
        }
        if (Outcome.ofCode(input.outcome()).isEmpty()) {
            errors.put("outcome", "unknown outcome");
        }
        int thisYear = LocalDate.now(clock).getYear();
        if (input.year() < 1990 || input.year() > thisYear) {
            errors.put("year", "between 1990 and " + thisYear);
        }
        if (input.decidedOn() != null && input.decidedOn().getYear() != input.year()) {
            errors.put("decidedOn", "not in the year given");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static <E extends Enum<E>> boolean isEnum(Class<E> type, String name) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    static int byCode(String a, String b) {
        var fa = FactCode.ofCode(a);
        var fb = FactCode.ofCode(b);
        if (fa.isPresent() && fb.isPresent()) {
            return Integer.compare(fa.get().ordinal(), fb.get().ordinal());
        }
        return a.compareTo(b);
    }

    private static void require(KompasUser viewer, String permission) {
        if (!viewer.can(permission)) {
            throw new AccessDeniedException("No permission " + permission);
        }
    }
}
