package be.kompas.notifications.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.core.RecordNotFoundException;
import be.kompas.identity.KompasUser;
import be.kompas.identity.Roles;
import be.kompas.notifications.Addressee;
import be.kompas.notifications.InboxEntry;
import be.kompas.notifications.Notice;
import be.kompas.notifications.Notifications;
import be.kompas.tenancy.Organisation;
import be.kompas.tenancy.Organisations;

@Service
@Transactional
class JdbcNotifications implements Notifications {

    /** The notices a reader may see: their own, and those to a permission or role they hold, in their organisation. */
    private static final String ADDRESSED = """
            from notification n
            where n.organisation_id = :organisation
              and (n.user_id = :user or n.permission = any(:permissions) or n.role = any(:roles))
            """;

    private static final String UNREAD = """
             and not exists (select 1 from notification_read r where r.notification_id = n.id and r.user_id = :user)
            """;

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final Clock clock;

    JdbcNotifications(JdbcClient jdbc, Organisations organisations, Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    public int sendToInspectorate(String messageKey, List<String> arguments, String link, String key) {
        int sent = 0;
        for (Organisation aig : organisations.findAll()) {
            if (aig.isInspectorate() && send(new Notice(aig.id(), Addressee.role(Roles.AIG_ANALYST), messageKey,
                    arguments, link, null, key))) {
                sent++;
            }
        }
        return sent;
    }

    @Override
    public boolean send(Notice notice) {
        return jdbc.sql("""
                insert into notification (id, organisation_id, user_id, permission, role, message_key, arguments, link,
                                          due_on, notice_key, sent_at)
                values (:id, :organisation, :user, :permission, :role, :messageKey, :arguments, :link, :due, :key,
                        :sentAt)
                on conflict (organisation_id, notice_key) do nothing
                """)
                .param("id", UUID.randomUUID())
                .param("organisation", notice.organisation().value())
                .param("user", notice.addressee().user())
                .param("permission", notice.addressee().permission())
                .param("role", notice.addressee().role())
                .param("messageKey", notice.messageKey())
                .param("arguments", notice.arguments().toArray(String[]::new))
                .param("link", notice.link())
                .param("due", notice.due())
                .param("key", notice.key())
                .param("sentAt", java.sql.Timestamp.from(Instant.now(clock)))
                .update() == 1;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<InboxEntry> inbox(KompasUser reader, boolean unreadOnly, PageRequest page) {
        String filter = ADDRESSED + (unreadOnly ? UNREAD : "");
        long total = addressedTo(reader, "select count(*) " + filter).query(Long.class).single();
        List<InboxEntry> entries = addressedTo(reader, """
                select n.id, n.message_key, n.arguments, n.link, n.due_on, n.sent_at,
                       exists (select 1 from notification_read r where r.notification_id = n.id and r.user_id = :user)
                         as read
                """ + filter + " order by n.sent_at desc, n.id limit :limit offset :offset")
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(JdbcNotifications::entry)
                .list();
        return new Page<>(entries, page, total);
    }

    @Override
    @Transactional(readOnly = true)
    public long unread(KompasUser reader) {
        return addressedTo(reader, "select count(*) " + ADDRESSED + UNREAD).query(Long.class).single();
    }

    @Override
    public String markRead(KompasUser reader, UUID notice) {
        String link = addressedTo(reader, "select n.link " + ADDRESSED + " and n.id = :notice")
                .param("notice", notice).query(String.class).optional()
                .orElseThrow(() -> new RecordNotFoundException("notice", notice));
        markRead(reader, List.of(notice));
        return link;
    }

    @Override
    public void markAllRead(KompasUser reader) {
        markRead(reader, addressedTo(reader, "select n.id " + ADDRESSED + UNREAD).query(UUID.class).list());
    }

    private void markRead(KompasUser reader, List<UUID> notices) {
        for (UUID notice : notices) {
            jdbc.sql("""
                    insert into notification_read (notification_id, user_id, read_at) values (:notice, :user, :at)
                    on conflict do nothing
                    """)
                    .param("notice", notice)
                    .param("user", reader.id())
                    .param("at", java.sql.Timestamp.from(Instant.now(clock)))
                    .update();
        }
    }

    private JdbcClient.StatementSpec addressedTo(KompasUser reader, String sql) {
        return jdbc.sql(sql)
                .param("organisation", reader.organisationId().value())
                .param("user", reader.id())
                .param("permissions", reader.permissions().toArray(String[]::new))
                .param("roles", reader.roles().toArray(String[]::new));
    }

    private static InboxEntry entry(ResultSet row, int number) throws SQLException {
        Array arguments = row.getArray("arguments");
        return new InboxEntry(row.getObject("id", UUID.class), row.getString("message_key"),
                Arrays.asList((String[]) arguments.getArray()), row.getString("link"),
                row.getObject("due_on", java.time.LocalDate.class), row.getTimestamp("sent_at").toInstant(),
                row.getBoolean("read"));
    }
}
