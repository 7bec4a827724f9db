package be.kompas.tenancy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.core.RecordNotFoundException;
import be.kompas.tenancy.NewOrganisation;
import be.kompas.tenancy.Organisation;
import be.kompas.tenancy.OrganisationCreated;
import be.kompas.tenancy.OrganisationId;
import be.kompas.tenancy.OrganisationKind;
import be.kompas.tenancy.Organisations;

@Service
class JdbcOrganisations implements Organisations {

    private static final String SELECT = "select id, code, name, kind, zone_number, locale from organisation";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    JdbcOrganisations(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public Optional<Organisation> findByCode(String code) {
        return jdbc.sql(SELECT + " where code = ?").param(code).query(JdbcOrganisations::map).optional();
    }

    @Override
    public Organisation get(OrganisationId id) {
        return jdbc.sql(SELECT + " where id = ?").param(id.value()).query(JdbcOrganisations::map).optional()
                .orElseThrow(() -> new RecordNotFoundException("organisation", id));
    }

    @Override
    public List<Organisation> findAll() {
        return jdbc.sql(SELECT + " order by kind, name").query(JdbcOrganisations::map).list();
    }

    @Override
    @Transactional
    public Organisation create(NewOrganisation draft) {
        var organisation = new Organisation(new OrganisationId(UUID.randomUUID()), draft.code(), draft.name(),
                draft.kind(), draft.zoneNumber(), draft.locale());
        jdbc.sql("insert into organisation (id, code, name, kind, zone_number, locale) values (?, ?, ?, ?, ?, ?)")
                .params(organisation.id().value(), organisation.code(), organisation.name(),
                        organisation.kind().name(), organisation.zoneNumber(), organisation.locale().toLanguageTag())
                .update();
        events.publishEvent(new OrganisationCreated(organisation.id(), organisation.kind()));
        return organisation;
    }

    private static Organisation map(ResultSet rs, int row) throws SQLException {
        return new Organisation(new OrganisationId(rs.getObject("id", UUID.class)), rs.getString("code"),
                rs.getString("name"), OrganisationKind.valueOf(rs.getString("kind")), rs.getString("zone_number"),
                Locale.forLanguageTag(rs.getString("locale")));
    }
}
