package be.kompas.policy.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.audit.AuditTrail;
import be.kompas.core.InvalidInputException;
import be.kompas.core.PageRequest;
import be.kompas.core.RecordNotFoundException;
import be.kompas.identity.CurrentUser;
import be.kompas.identity.KompasUser;
import be.kompas.people.JobFunctions;
import be.kompas.people.StaffDirectory;
import be.kompas.people.StaffMemberSummary;
import be.kompas.people.StaffQuery;
import be.kompas.policy.RiskRegister;
import be.kompas.policy.RiskSummary;
import be.kompas.policy.Scores;
import be.kompas.policy.VulnerabilityCircumstance;
import be.kompas.policy.VulnerableArea;
import be.kompas.policy.VulnerableFunction;
import be.kompas.policy.VulnerableFunctionChange;
import be.kompas.policy.VulnerableFunctions;
import be.kompas.tenancy.OrganisationId;

/** One table; the vulnerability scores come from the risk register, so they follow each reassessment. */
@Service
@Transactional
class DefaultVulnerableFunctions implements VulnerableFunctions {

    static final String RECORD_TYPE = "policy.vulnerableFunction";

    private final JdbcClient jdbc;
    private final RiskRegister register;
    private final JobFunctions jobFunctions;
    private final StaffDirectory staff;
    private final AuditTrail trail;
    private final Clock clock;

    DefaultVulnerableFunctions(JdbcClient jdbc, RiskRegister register, JobFunctions jobFunctions,
            StaffDirectory staff, AuditTrail trail, Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.register = register;
        this.jobFunctions = jobFunctions;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<VulnerableFunction> all(OrganisationId organisation) {
        var risks = register.all(organisation);
        return jdbc.sql("select * from policy_vulnerable_function where organisation_id = ?")
                .param(organisation.value()).query((rs, row) -> map(rs, risks)).list().stream()
                .sorted(Comparator.comparing(VulnerableFunction::netVulnerability).reversed()
                        .thenComparing(VulnerableFunction::functionName))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<VulnerableFunction> byName(OrganisationId organisation, String functionName) {
        return all(organisation).stream().filter(function -> function.functionName().equals(functionName))
                .findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, List<StaffMemberSummary>> holders(OrganisationId organisation) {
        var inventory = jdbc.sql("select function_name from policy_vulnerable_function where organisation_id = ?")
                .param(organisation.value()).query(String.class).set();
        var holders = new TreeMap<String, List<StaffMemberSummary>>();
        // The people module marks every function of the inventory vulnerable, so its vulnerable staff are a superset.
        var query = new StaffQuery("", null, null, true);
        for (var page = 0;; page++) {
            var found = staff.search(organisation, query, PageRequest.of(page, PageRequest.MAX_SIZE));
            found.content().stream().filter(StaffMemberSummary::inService)
                    .filter(member -> member.functionName() != null && inventory.contains(member.functionName()))
                    .forEach(member -> holders.computeIfAbsent(member.functionName(), name -> new ArrayList<>())
                            .add(member));
            if (!found.hasNext()) {
                return holders;
            }
        }
    }

    @Override
    @Transactional(readOnly = true)
    public VulnerableFunction find(OrganisationId organisation, UUID id) {
        return all(organisation).stream().filter(function -> function.id().equals(id)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    @Override
    public UUID record(OrganisationId organisation, VulnerableFunctionChange change) {
        var name = change.functionName().strip();
        var errors = new LinkedHashMap<String, String>();
        if (name.isEmpty() || name.length() > 200) {
            errors.put("functionName", "must be 1 to 200 characters");
        }
        if (change.screeningMonths() != null && (change.screeningMonths() < 1 || change.screeningMonths() > 120)) {
            errors.put("screeningMonths", "must be 1 to 120 months");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var id = jdbc.sql("""
                insert into policy_vulnerable_function (id, organisation_id, function_name, work_areas, circumstances,
                       screening_months, rotation, four_eyes, notes, assessed_by, assessed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (organisation_id, function_name) do update set work_areas = excluded.work_areas,
                       circumstances = excluded.circumstances, screening_months = excluded.screening_months,
                       rotation = excluded.rotation, four_eyes = excluded.four_eyes, notes = excluded.notes,
                       assessed_by = excluded.assessed_by, assessed_at = excluded.assessed_at
                returning id""")
                .params(UUID.randomUUID(), organisation.value(), name, names(change.areas()),
                        names(change.circumstances()), change.screeningMonths(), change.rotation(),
                        change.fourEyes(), change.notes().strip(),
                        CurrentUser.find().map(KompasUser::username).orElse("system"),
                        Timestamp.from(clock.instant()))
                .query(UUID.class).single();
        jobFunctions.all(organisation).stream().filter(function -> function.name().equals(name))
                .filter(function -> !function.vulnerable())
                .forEach(function -> jobFunctions.markVulnerable(organisation, function.id(), true));
        trail.wrote("policy.vulnerableFunction.recorded", RECORD_TYPE, id, name);
        return id;
    }

    private static String names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> parse(Class<E> type, String names) {
        var set = EnumSet.noneOf(type);
        Arrays.stream(names.split(",")).filter(name -> !name.isBlank()).map(name -> Enum.valueOf(type, name))
                .forEach(set::add);
        return set;
    }

    private static VulnerableFunction map(ResultSet rs, List<RiskSummary> risks) throws SQLException {
        var name = rs.getString("function_name");
        var exposed = risks.stream().filter(risk -> risk.functions().contains(name)).toList();
        return new VulnerableFunction(rs.getObject("id", UUID.class), name,
                parse(VulnerableArea.class, rs.getString("work_areas")),
                parse(VulnerabilityCircumstance.class, rs.getString("circumstances")),
                rs.getObject("screening_months", Integer.class), rs.getBoolean("rotation"),
                rs.getBoolean("four_eyes"), rs.getString("notes"), sum(exposed, RiskSummary::gross),
                sum(exposed, RiskSummary::net));
    }

    private static BigDecimal sum(List<RiskSummary> risks, Function<RiskSummary, Scores> scores) {
        return Scores.total(risks.stream().map(scores).toList());
    }
}
