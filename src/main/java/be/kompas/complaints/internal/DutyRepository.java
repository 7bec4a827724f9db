package be.kompas.complaints.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import be.kompas.complaints.ComplaintId;
import be.kompas.complaints.DutyOccasion;
import be.kompas.complaints.DutyRecipient;
import be.kompas.complaints.InformationDuty;
import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.tenancy.OrganisationId;

/** The information duties of complaints; every statement is bound to one organisation. */
@Repository
class DutyRepository {

    /** A duty that applies, before it is stored: {@code key} tells apart the units and staff of one occasion. */
    record Planned(DutyOccasion occasion, DutyRecipient recipient, String key, @Nullable String name) {
    }

    private static final String SELECT = """
            select d.*, c.reference from complaint_information_duty d
              join complaint c on c.organisation_id = d.organisation_id and c.id = d.complaint_id
            where d.organisation_id = :org""";

    private final JdbcClient jdbc;

    DutyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the duties not stored yet; a duty planned again (a second routing) is left as it is. */
    void add(OrganisationId organisation, ComplaintId complaint, List<Planned> duties, LocalDate aroseOn,
            LocalDate dueOn, Instant now) {
        for (Planned duty : duties) {
            jdbc.sql("""
                    insert into complaint_information_duty (id, organisation_id, complaint_id, occasion, recipient,
                      recipient_key, recipient_name, arose_on, due_on, created_at)
                    values (:id, :org, :complaint, :occasion, :recipient, :key, :name, :arose, :due, :now)
                    on conflict (organisation_id, complaint_id, occasion, recipient, recipient_key) do nothing""")
                    .param("id", UUID.randomUUID()).param("org", organisation.value())
                    .param("complaint", complaint.value()).param("occasion", duty.occasion().name())
                    .param("recipient", duty.recipient().name()).param("key", duty.key()).param("name", duty.name())
                    .param("arose", aroseOn).param("due", dueOn).param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update();
        }
    }

    /** Drops the unsent duties of an occasion whose recipient no longer applies (a staff member unlinked). */
    int dropUnsentExcept(OrganisationId organisation, ComplaintId complaint, DutyOccasion occasion,
            Collection<String> keep) {
        return jdbc.sql("""
                delete from complaint_information_duty where organisation_id = :org and complaint_id = :complaint
                  and occasion = :occasion and sent_on is null and not (recipient || ':' || recipient_key = any(:keep))""")
                .param("org", organisation.value()).param("complaint", complaint.value())
                .param("occasion", occasion.name()).param("keep", keep.toArray(String[]::new)).update();
    }

    List<InformationDuty> ofComplaint(OrganisationId organisation, ComplaintId complaint, LocalDate today) {
        return jdbc.sql(SELECT + " and d.complaint_id = :complaint"
                + " order by d.sent_on is not null, d.due_on, d.occasion, d.recipient, d.recipient_name")
                .param("org", organisation.value()).param("complaint", complaint.value())
                .query((rs, n) -> duty(rs, today)).list();
    }

    Optional<InformationDuty> find(OrganisationId organisation, ComplaintId complaint, UUID id, LocalDate today) {
        return jdbc.sql(SELECT + " and d.complaint_id = :complaint and d.id = :id")
                .param("org", organisation.value()).param("complaint", complaint.value()).param("id", id)
                .query((rs, n) -> duty(rs, today)).optional();
    }

    Page<InformationDuty> open(OrganisationId organisation, boolean overdueOnly, LocalDate today, PageRequest page) {
        String where = " and d.sent_on is null" + (overdueOnly ? " and d.due_on < :today" : "");
        long total = jdbc.sql("select count(*) from (" + SELECT + where + ") duties").param("org", organisation.value())
                .param("today", today).query(Long.class).single();
        var content = jdbc.sql(SELECT + where + " order by d.due_on, c.reference, d.recipient limit :size offset :offset")
                .param("org", organisation.value()).param("today", today).param("size", page.size())
                .param("offset", page.offset()).query((rs, n) -> duty(rs, today)).list();
        return new Page<>(content, page, total);
    }

    long countOpen(OrganisationId organisation, @Nullable LocalDate dueBefore) {
        return jdbc.sql("select count(*) from complaint_information_duty where organisation_id = :org"
                + " and sent_on is null" + (dueBefore == null ? "" : " and due_on < :before"))
                .param("org", organisation.value()).param("before", dueBefore).query(Long.class).single();
    }

    /** @return whether the duty was still open */
    boolean markSent(OrganisationId organisation, UUID id, LocalDate on, String by, String language,
            String message) {
        return jdbc.sql("""
                update complaint_information_duty set sent_on = :on, sent_by = :by, language = :language,
                  message = :message
                where organisation_id = :org and id = :id and sent_on is null""")
                .param("on", on).param("by", by).param("language", language).param("message", message)
                .param("org", organisation.value()).param("id", id).update() == 1;
    }

    private static InformationDuty duty(ResultSet rs, LocalDate today) throws SQLException {
        var dueOn = rs.getObject("due_on", LocalDate.class);
        var sentOn = rs.getObject("sent_on", LocalDate.class);
        return new InformationDuty(rs.getObject("id", UUID.class),
                new ComplaintId(rs.getObject("complaint_id", UUID.class)), rs.getString("reference"),
                DutyOccasion.valueOf(rs.getString("occasion")), DutyRecipient.valueOf(rs.getString("recipient")),
                rs.getString("recipient_name"), rs.getObject("arose_on", LocalDate.class), dueOn, sentOn, rs.getString("sent_by"), rs.getString("language"),
                rs.getString("message"), sentOn == null && dueOn.isBefore(today));
    }
}
