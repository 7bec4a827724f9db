package be.kompas.identity.internal;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import be.kompas.tenancy.OrganisationId;

@Repository
class RoleRepository {

    private final JdbcClient jdbc;

    RoleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertIfMissing(OrganisationId organisation, String code, boolean secondFactorRequired) {
        jdbc.sql("""
                insert into role (id, organisation_id, code, mfa_required) values (?, ?, ?, ?)
                on conflict (organisation_id, code) do nothing""")
                .params(UUID.randomUUID(), organisation.value(), code, secondFactorRequired).update();
    }

    /** Grants a permission by default, once: a grant already applied (and maybe withdrawn since) is left alone. */
    void applyDefaultGrant(OrganisationId organisation, String roleCode, String permission) {
        int fresh = jdbc.sql("""
                insert into default_grant_applied (organisation_id, role_code, permission) values (?, ?, ?)
                on conflict do nothing""").params(organisation.value(), roleCode, permission).update();
        if (fresh == 1) {
            jdbc.sql("""
                    insert into role_permission (role_id, permission)
                    select id, ? from role where organisation_id = ? and code = ?
                    on conflict do nothing""").params(permission, organisation.value(), roleCode).update();
        }
    }

    List<OrganisationRole> findAll(OrganisationId organisation) {
        return jdbc.sql("""
                select r.id, r.code, r.title, r.mfa_required,
                       coalesce(array_agg(p.permission) filter (where p.permission is not null), '{}') as permissions
                  from role r left join role_permission p on p.role_id = r.id
                 where r.organisation_id = ?
                 group by r.id order by r.code""").param(organisation.value())
                .query((rs, row) -> new OrganisationRole(rs.getObject("id", UUID.class), rs.getString("code"),
                        rs.getString("title"), rs.getBoolean("mfa_required"),
                        new TreeSet<>(List.of((String[]) rs.getArray("permissions").getArray()))))
                .list();
    }

    Set<String> codes(OrganisationId organisation) {
        return new TreeSet<>(jdbc.sql("select code from role where organisation_id = ?").param(organisation.value())
                .query(String.class).list());
    }

    void update(OrganisationId organisation, String code, @Nullable String title, boolean secondFactorRequired,
            Set<String> permissions) {
        UUID roleId = jdbc.sql("""
                update role set title = ?, mfa_required = ? where organisation_id = ? and code = ? returning id""")
                .params(title, secondFactorRequired, organisation.value(), code).query(UUID.class).single();
        jdbc.sql("delete from role_permission where role_id = ?").param(roleId).update();
        for (String permission : permissions) {
            jdbc.sql("insert into role_permission (role_id, permission) values (?, ?)").params(roleId, permission)
                    .update();
        }
    }
}
