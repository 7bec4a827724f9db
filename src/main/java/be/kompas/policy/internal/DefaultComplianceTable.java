package be.kompas.policy.internal;

import static be.kompas.policy.ComplianceStatus.*;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.audit.AuditTrail;
import be.kompas.core.InvalidInputException;
import be.kompas.core.RecordNotFoundException;
import be.kompas.policy.ComplianceItem;
import be.kompas.policy.ComplianceStatus;
import be.kompas.policy.ComplianceTable;
import be.kompas.tenancy.OrganisationId;

/** One small table; its SQL stays here. */
@Service
@Transactional
class DefaultComplianceTable implements ComplianceTable {

    static final String RECORD_TYPE = "policy.compliance";

    /** Bijlage 3 of the Limburg documents (domain.md 8.3). */
    static final List<ComplianceItem> DUTCH_TEMPLATE = List.of(
            row("Integriteitsbeleid", "Art 47(4)(a,d) Politiewet", "VIK korpsstaf", READY),
            row("Beroepscode", "Art 47(4)(c) Politiewet", "VIK korpsstaf", READY),
            row("Eed of belofte", "Art 47(1) Pw jo. 125quinquies(1)(a) Ambtenarenwet; art 9 BARP", "Leiding, HRM",
                    ONGOING_PROCESS),
            row("Nevenwerkzaamheden", "Art 47(1) Pw jo. 125(1)(b,c,d) Aw", "HRM", READY),
            row("Financiële belangen", "Art 55b BARP; 125quinquies(1)(e) Aw", "HRM", IN_DEVELOPMENT),
            row("Informatiebeveiliging", "Art 23(1) Politiewet", "IV", ONGOING_PROCESS),
            row("Geschenken, giften en diensten", "Art 55c BARP", "HRM", READY),
            row("Inkoop en aanbesteding", "Aanbestedingswet 2012", "PDC", READY),
            row("Melden en onderzoeken van misstanden",
                    "Art 47 Pw jo. 125quinquies(1)(f) Aw; interne klokkenluidersregeling", "VIK/JZ", READY),
            row("Integriteit in functionerings- en werkoverleg", "Art 125quater(b) Aw", "HRM, leidinggevenden",
                    FACILITATED_ONGOING_PROCESS),
            row("Integriteitstraining", "Art 125quater(b) Aw", "Politieacademie, VIK", ONGOING_PROCESS),
            row("Procedure datalekken", "AVG, WPG", "IV", READY));

    private final JdbcClient jdbc;
    private final AuditTrail trail;
    private final Clock clock;

    DefaultComplianceTable(JdbcClient jdbc, AuditTrail trail, Clock clock) {
        this.jdbc = jdbc;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ComplianceItem> items(OrganisationId organisation) {
        return jdbc.sql("select * from policy_compliance_item where organisation_id = ? order by created_at, component")
                .param(organisation.value())
                .query((rs, row) -> new ComplianceItem(rs.getObject("id", UUID.class), rs.getString("component"),
                        rs.getString("legal_basis"), rs.getString("actors"),
                        ComplianceStatus.valueOf(rs.getString("status"))))
                .list();
    }

    @Override
    public UUID add(OrganisationId organisation, String component, String legalBasis, String actors,
            ComplianceStatus status) {
        if (component.isBlank()) {
            throw InvalidInputException.of("component", "must not be blank");
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into policy_compliance_item (id, organisation_id, component, legal_basis, actors, status,
                                                    created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, organisation.value(), component.strip(), legalBasis.strip(), actors.strip(),
                        status.name(), Timestamp.from(clock.instant()))
                .update();
        trail.wrote("policy.compliance.created", RECORD_TYPE, id, component);
        return id;
    }

    @Override
    public void changeStatus(OrganisationId organisation, UUID item, ComplianceStatus status) {
        var changed = jdbc.sql("update policy_compliance_item set status = ? where organisation_id = ? and id = ?")
                .params(status.name(), organisation.value(), item).update();
        if (changed == 0) {
            throw new RecordNotFoundException(RECORD_TYPE, item);
        }
        trail.wrote("policy.compliance.changed", RECORD_TYPE, item, status.name());
    }

    @Override
    public int importDutchTemplate(OrganisationId organisation) {
        var present = items(organisation).stream().map(ComplianceItem::component).toList();
        var missing = DUTCH_TEMPLATE.stream().filter(row -> !present.contains(row.component())).toList();
        missing.forEach(row -> add(organisation, row.component(), row.legalBasis(), row.actors(), row.status()));
        return missing.size();
    }

    private static ComplianceItem row(String component, String legalBasis, String actors, ComplianceStatus status) {
        return new ComplianceItem(new UUID(0, 0), component, legalBasis, actors, status);
    }
}
