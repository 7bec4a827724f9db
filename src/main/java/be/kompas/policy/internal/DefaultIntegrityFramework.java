package be.kompas.policy.internal;

import static be.kompas.policy.ImfFunction.*;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.audit.AuditTrail;
import be.kompas.core.InvalidInputException;
import be.kompas.core.RecordNotFoundException;
import be.kompas.policy.ActionId;
import be.kompas.policy.ActionPlan;
import be.kompas.policy.FrameworkElement;
import be.kompas.policy.FrameworkElementChange;
import be.kompas.policy.FrameworkState;
import be.kompas.policy.HouseElement;
import be.kompas.policy.ImfFunction;
import be.kompas.policy.ImfPillar;
import be.kompas.policy.IntegrityFramework;
import be.kompas.policy.PlanAction;
import be.kompas.policy.SupportingModule;
import be.kompas.tenancy.OrganisationId;

/** Two small tables (elements and their links to actions); the SQL stays here. */
@Service
@Transactional
class DefaultIntegrityFramework implements IntegrityFramework {

    static final String RECORD_TYPE = "policy.framework";

    private record Example(String name, ImfFunction function, @Nullable SupportingModule module) {
    }

    /**
     * The examples of domain.md 2.1 per IMF function, in the source's language. Their pillar is not given; the module
     * is where Kompas supports the example [derived].
     */
    private static final List<Example> IMF_TEMPLATE = List.of(
            new Example("Deontologische code", DEFINE, null),
            new Example("Tuchtstatuut", DEFINE, SupportingModule.INVESTIGATIONS),
            new Example("Nota gebruik middelen", DEFINE, null),
            new Example("Training ethisch leiderschap en dilemma's", GUIDE, null),
            new Example("Beleid sociale media", GUIDE, null),
            new Example("Rekrutering", GUIDE, SupportingModule.SCREENING),
            new Example("Anticorruptiebeleid", GUIDE, null),
            new Example("Antiracismebeleid", GUIDE, null),
            new Example("Beleid symbolische geschenken", GUIDE, SupportingModule.GIFTS),
            new Example("Risicoanalyse", GUIDE, SupportingModule.RISK_REGISTER),
            new Example("Diversiteitsplan", GUIDE, null),
            new Example("Klachtenpunt (passief)", MONITOR, SupportingModule.COMPLAINTS),
            new Example("Klokkenluidersregeling (passief)", MONITOR, null),
            new Example("Regelmatige controle van raadplegingen van gegevensbanken (actief)", MONITOR,
                    SupportingModule.LOOKUPS),
            new Example("Controle van de behandeling van aangehouden personen (actief)", MONITOR, null),
            new Example("Screening (actief)", MONITOR, SupportingModule.SCREENING),
            new Example("Gedrag aanspreken (informeel)", ENFORCE, null),
            new Example("Functioneringsnota", ENFORCE, null),
            new Example("Evaluatie", ENFORCE, null),
            new Example("Tucht", ENFORCE, SupportingModule.INVESTIGATIONS),
            new Example("Proces-verbaal", ENFORCE, SupportingModule.INVESTIGATIONS));

    private final JdbcClient jdbc;
    private final ActionPlan plan;
    private final AuditTrail trail;
    private final Clock clock;

    DefaultIntegrityFramework(JdbcClient jdbc, ActionPlan plan, AuditTrail trail, Clock clock) {
        this.jdbc = jdbc;
        this.plan = plan;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<FrameworkElement> elements(OrganisationId organisation) {
        var actions = plan.actions(organisation, null, null).stream()
                .collect(Collectors.toMap(action -> action.id().value(), action -> action));
        var links = jdbc.sql("select element_id, action_id from policy_framework_action where organisation_id = ?")
                .param(organisation.value())
                .query((rs, row) -> Map.entry(rs.getObject("element_id", UUID.class),
                        rs.getObject("action_id", UUID.class)))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("select * from policy_framework_element where organisation_id = ? order by function, name")
                .param(organisation.value())
                .query((rs, row) -> element(rs, links.getOrDefault(rs.getObject("id", UUID.class), List.of()).stream()
                        .map(actions::get).filter(action -> action != null).toList()))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public FrameworkElement find(OrganisationId organisation, UUID element) {
        return elements(organisation).stream().filter(found -> found.id().equals(element)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, element));
    }

    @Override
    public UUID add(OrganisationId organisation, FrameworkElementChange element) {
        requireName(element);
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into policy_framework_element (id, organisation_id, name, function, pillar, house_element,
                                                      owner, state, module, notes, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, organisation.value(), element.name().strip(), element.function().name(),
                        name(element.pillar()), name(element.houseElement()), element.owner().strip(),
                        element.state().name(), name(element.module()), element.notes().strip(),
                        Timestamp.from(clock.instant()))
                .update();
        trail.wrote("policy.framework.created", RECORD_TYPE, id, element.name());
        return id;
    }

    @Override
    public void change(OrganisationId organisation, UUID element, FrameworkElementChange change) {
        requireName(change);
        var changed = jdbc.sql("""
                update policy_framework_element set name = ?, function = ?, pillar = ?, house_element = ?, owner = ?,
                  state = ?, module = ?, notes = ?
                where organisation_id = ? and id = ?""")
                .params(change.name().strip(), change.function().name(), name(change.pillar()),
                        name(change.houseElement()), change.owner().strip(), change.state().name(),
                        name(change.module()), change.notes().strip(), organisation.value(), element)
                .update();
        if (changed == 0) {
            throw new RecordNotFoundException(RECORD_TYPE, element);
        }
        trail.wrote("policy.framework.changed", RECORD_TYPE, element, change.state().name());
    }

    @Override
    public void linkAction(OrganisationId organisation, UUID element, ActionId action) {
        find(organisation, element);
        plan.find(organisation, action);
        jdbc.sql("""
                insert into policy_framework_action (element_id, action_id, organisation_id) values (?, ?, ?)
                on conflict do nothing""").params(element, action.value(), organisation.value()).update();
        trail.wrote("policy.framework.action-linked", RECORD_TYPE, element, action.value().toString());
    }

    @Override
    public void unlinkAction(OrganisationId organisation, UUID element, ActionId action) {
        var removed = jdbc.sql("""
                delete from policy_framework_action where organisation_id = ? and element_id = ? and action_id = ?""")
                .params(organisation.value(), element, action.value()).update();
        if (removed == 0) {
            throw new RecordNotFoundException(RECORD_TYPE, element);
        }
        trail.wrote("policy.framework.action-unlinked", RECORD_TYPE, element, action.value().toString());
    }

    @Override
    public int importImfTemplate(OrganisationId organisation) {
        var present = elements(organisation).stream().map(FrameworkElement::name).toList();
        var missing = IMF_TEMPLATE.stream().filter(example -> !present.contains(example.name())).toList();
        missing.forEach(example -> add(organisation, new FrameworkElementChange(example.name(), example.function(),
                null, null, "", FrameworkState.NOT_ASSESSED, example.module(), "")));
        return missing.size();
    }

    private static void requireName(FrameworkElementChange element) {
        if (element.name().isBlank()) {
            throw InvalidInputException.of("name", "must not be blank");
        }
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static FrameworkElement element(ResultSet rs, List<PlanAction> actions) throws SQLException {
        var pillar = rs.getString("pillar");
        var house = rs.getString("house_element");
        var module = rs.getString("module");
        return new FrameworkElement(rs.getObject("id", UUID.class), rs.getString("name"),
                ImfFunction.valueOf(rs.getString("function")), pillar == null ? null : ImfPillar.valueOf(pillar),
                house == null ? null : HouseElement.valueOf(house), rs.getString("owner"),
                FrameworkState.valueOf(rs.getString("state")), module == null ? null : SupportingModule.valueOf(module),
                rs.getString("notes"), actions);
    }
}
