package be.kompas.advice.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.advice.AdvicePermissions;
import be.kompas.audit.AuditTrail;
import be.kompas.core.RecordNotFoundException;
import be.kompas.core.crypto.Crypto;
import be.kompas.identity.EncryptionKeysReplaced;
import be.kompas.identity.KompasUser;
import be.kompas.identity.UserKeys;
import be.kompas.identity.UserManagement;
import be.kompas.notifications.Addressee;
import be.kompas.notifications.Notice;
import be.kompas.notifications.Notifications;

/**
 * Access granted again after a user replaced a key pair they could no longer open (an administrator's password reset
 * without the recovery key): their report keys are marked, the facilitator is told, and re-wraps each report key it can
 * open itself for the user's new public key. Kompas never holds a key that opens a report without a user's secret, so
 * this needs an entitled person, as the issue asks.
 */
@Service
@Transactional
public class AdviceRegrants {

    /** A user waiting for access, with the number of reports. */
    public record Pending(UUID userId, String displayName, int reports) {
    }

    /** @param skipped reports the facilitator holds no key for themselves (another facilitator must grant them) */
    public record Result(int granted, int skipped) {
    }

    private final JdbcClient jdbc;
    private final UserKeys userKeys;
    private final UserManagement users;
    private final Crypto crypto;
    private final Notifications notifications;
    private final AuditTrail trail;

    AdviceRegrants(JdbcClient jdbc, UserKeys userKeys, UserManagement users, Crypto crypto,
            Notifications notifications, AuditTrail trail) {
        this.jdbc = jdbc;
        this.userKeys = userKeys;
        this.users = users;
        this.crypto = crypto;
        this.notifications = notifications;
        this.trail = trail;
    }

    /** In the same transaction as the new key pair: the old wrapped keys wait for a new grant. */
    @EventListener
    void keysReplaced(EncryptionKeysReplaced event) {
        int marked = jdbc.sql("""
                update advice_report_key set needs_regrant = true
                where organisation_id = :org and user_id = :user""")
                .param("org", event.organisation().value()).param("user", event.userId()).update();
        if (marked > 0) {
            notifications.send(new Notice(event.organisation(), Addressee.holdersOf(AdvicePermissions.MANAGE),
                    "advice.notice.regrant", List.of(String.valueOf(marked)), "/advice/regrants", null,
                    "advice-regrant:" + event.userId() + ":" + UUID.randomUUID()));
        }
    }

    @Transactional(readOnly = true)
    public List<Pending> pending(KompasUser facilitator) {
        requireManager(facilitator);
        return jdbc.sql("""
                select user_id, count(*) as n from advice_report_key
                where organisation_id = :org and needs_regrant group by user_id""")
                .param("org", facilitator.organisationId().value())
                .query((rs, n) -> new Pending(rs.getObject("user_id", UUID.class), "", rs.getInt("n"))).list()
                .stream().map(p -> new Pending(p.userId(), users.find(facilitator.organisationId(), p.userId())
                        .map(u -> u.displayName()).orElse("?"), p.reports())).toList();
    }

    /** Wraps every marked report key the facilitator can open for the user's new public key. */
    public Result regrant(KompasUser facilitator, UUID userId) {
        requireManager(facilitator);
        var unlocked = userKeys.unlocked().filter(keys -> keys.userId().equals(facilitator.id()))
                .orElseThrow(() -> new NoReportKeyException(NoReportKeyException.Reason.LOCKED));
        byte[] publicKey = userKeys.publicKey(facilitator.organisationId(), userId)
                .orElseThrow(() -> new RecordNotFoundException("user", userId));
        var reports = jdbc.sql("""
                select k.report_id, own.wrapped_key from advice_report_key k
                left join advice_report_key own on own.report_id = k.report_id and own.user_id = :facilitator
                  and not own.needs_regrant
                where k.organisation_id = :org and k.user_id = :user and k.needs_regrant""")
                .param("org", facilitator.organisationId().value()).param("user", userId)
                .param("facilitator", facilitator.id())
                .query((rs, n) -> new Object[] { rs.getObject("report_id", UUID.class), rs.getBytes("wrapped_key") })
                .list();
        int granted = 0;
        for (Object[] report : reports) {
            if (report[1] == null) {
                continue;
            }
            byte[] reportKey = crypto.open(unlocked.privateKey(), (byte[]) report[1]);
            jdbc.sql("""
                    update advice_report_key set wrapped_key = :wrapped, needs_regrant = false
                    where report_id = :report and user_id = :user""")
                    .param("wrapped", crypto.seal(publicKey, reportKey)).param("report", report[0])
                    .param("user", userId).update();
            trail.wrote("advice.report.regranted", AdviceService.RECORD_TYPE, report[0], null);
            granted++;
        }
        return new Result(granted, reports.size() - granted);
    }

    private static void requireManager(KompasUser user) {
        if (!user.can(AdvicePermissions.MANAGE)) {
            throw new NoReportKeyException(NoReportKeyException.Reason.NOT_ENTITLED);
        }
    }
}
