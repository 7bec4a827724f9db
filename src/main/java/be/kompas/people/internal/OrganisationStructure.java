package be.kompas.people.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.audit.AuditTrail;
import be.kompas.core.InvalidInputException;
import be.kompas.core.RecordNotFoundException;
import be.kompas.people.JobFunction;
import be.kompas.people.JobFunctionId;
import be.kompas.people.JobFunctions;
import be.kompas.people.StaffMemberId;
import be.kompas.people.Unit;
import be.kompas.people.UnitId;
import be.kompas.people.UnitKind;
import be.kompas.people.UnitNode;
import be.kompas.people.Units;
import be.kompas.tenancy.OrganisationId;

@Service
@Transactional
class OrganisationStructure implements Units, JobFunctions {

    static final String UNIT = "unit";
    static final String JOB_FUNCTION = "job-function";

    private final StructureRepository repository;
    private final AuditTrail trail;

    OrganisationStructure(StructureRepository repository, AuditTrail trail) {
        this.repository = repository;
        this.trail = trail;
    }

    @Override
    @Transactional(readOnly = true)
    public List<UnitNode> tree(OrganisationId organisation) {
        var children = new HashMap<@Nullable UnitId, List<Unit>>();
        repository.units(organisation).forEach(u -> children.computeIfAbsent(u.parentId(), k -> new ArrayList<>())
                .add(u));
        var nodes = new ArrayList<UnitNode>();
        addSubtree(children, null, 0, nodes);
        return nodes;
    }

    private static void addSubtree(Map<@Nullable UnitId, List<Unit>> children, @Nullable UnitId parent, int depth,
            List<UnitNode> nodes) {
        for (Unit unit : children.getOrDefault(parent, List.of())) {
            nodes.add(new UnitNode(unit, depth));
            addSubtree(children, unit.id(), depth + 1, nodes);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Unit> find(OrganisationId organisation, UnitId unit) {
        return repository.unit(organisation, unit);
    }

    @Override
    public UnitId create(OrganisationId organisation, @Nullable UnitId parent, String code, String name,
            UnitKind kind) {
        var problems = new HashMap<String, String>();
        if (code.isBlank()) {
            problems.put("code", "is required");
        }
        else if (repository.unitCodeTaken(organisation, code.strip())) {
            problems.put("code", "is used by another unit");
        }
        if (name.isBlank()) {
            problems.put("name", "is required");
        }
        if (parent != null && repository.unit(organisation, parent).isEmpty()) {
            problems.put("parent", "is not a unit of your organisation");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var id = new UnitId(UUID.randomUUID());
        repository.insertUnit(organisation, id, parent, code.strip(), name.strip(), kind);
        trail.wrote("people.unit.created", UNIT, id, name.strip());
        return id;
    }

    @Override
    public void rename(OrganisationId organisation, UnitId unit, String name) {
        if (name.isBlank()) {
            throw InvalidInputException.of("name", "is required");
        }
        found(repository.renameUnit(organisation, unit, name.strip()), UNIT, unit);
        trail.wrote("people.unit.renamed", UNIT, unit, name.strip());
    }

    @Override
    public void appointHead(OrganisationId organisation, UnitId unit, @Nullable StaffMemberId head) {
        found(repository.setHead(organisation, unit, head), UNIT, unit);
        trail.wrote("people.unit.head-appointed", UNIT, unit, null);
    }

    @Override
    @Transactional(readOnly = true)
    public List<JobFunction> all(OrganisationId organisation) {
        return repository.functions(organisation);
    }

    @Override
    public JobFunctionId create(OrganisationId organisation, String name, boolean vulnerable) {
        if (name.isBlank()) {
            throw InvalidInputException.of("name", "is required");
        }
        if (repository.functionNameTaken(organisation, name.strip())) {
            throw InvalidInputException.of("name", "is used by another function");
        }
        var id = new JobFunctionId(UUID.randomUUID());
        repository.insertFunction(organisation, id, name.strip(), vulnerable);
        trail.wrote("people.job-function.created", JOB_FUNCTION, id, name.strip());
        return id;
    }

    @Override
    public void markVulnerable(OrganisationId organisation, JobFunctionId function, boolean vulnerable) {
        found(repository.markVulnerable(organisation, function, vulnerable), JOB_FUNCTION, function);
        trail.wrote(vulnerable ? "people.job-function.marked-vulnerable" : "people.job-function.unmarked-vulnerable",
                JOB_FUNCTION, function, null);
    }

    /** An update that touched no row met another organisation's record or none at all: both are "not found". */
    static void found(int updated, String recordType, Object id) {
        if (updated == 0) {
            throw new RecordNotFoundException(recordType, id);
        }
    }
}
