package com.mediapatch.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.MailAddresses;
import com.mediapatch.notifications.Notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sends each member one mail with their notifications wanted by email and not yet mailed.
 *
 * <p>Cluster-safe without database-specific locking: a node claims a member's pending rows with
 * one conditional {@code UPDATE ... SET digest_claim = :token WHERE digest_sent_at IS NULL AND
 * (digest_claim IS NULL OR digest_claimed_at < :stale)}. Both H2 and PostgreSQL lock the rows
 * an UPDATE changes and re-check its condition after waiting for a concurrent one, so two nodes
 * never claim the same row; the winner reads back the rows with its token, mails them and sets
 * {@code digest_sent_at}. A node that dies after claiming leaves rows that are claimed again
 * after {@code claim-timeout}; a node dying between sending and marking may mail them twice
 * (at least once, never lost).
 */
@Component
public class DigestMailer {

    private static final Logger log = LoggerFactory.getLogger(DigestMailer.class);

    private final JdbcClient jdbc;
    private final MailAddresses addresses;
    private final DigestMail mail;
    private final NotificationProperties properties;
    private final Clock clock;

    DigestMailer(JdbcClient jdbc, MailAddresses addresses, DigestMail mail, NotificationProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.addresses = addresses;
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sends every due digest; returns how many mails went out. */
    public int sendDue() {
        List<UUID> recipients = jdbc.sql("select distinct recipient from notifications_notification "
                + "where digest_due = true and digest_sent_at is null").query(UUID.class).list();
        int sent = 0;
        for (UUID recipient : recipients) {
            try {
                sent += sendTo(new AccountId(recipient)) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Notification digest to {} failed; it is tried again after the claim times out", recipient, e);
            }
        }
        return sent;
    }

    private boolean sendTo(AccountId recipient) {
        UUID claim = UUID.randomUUID();
        Instant now = clock.instant();
        int claimed = jdbc.sql("update notifications_notification set digest_claim = ?, digest_claimed_at = ? "
                + "where recipient = ? and digest_due = true and digest_sent_at is null "
                + "and (digest_claim is null or digest_claimed_at < ?)")
                .params(claim, NotificationStore.utc(now), recipient.value(),
                        NotificationStore.utc(now.minus(properties.claimTimeout())))
                .update();
        if (claimed == 0) {
            return false;
        }
        List<Notification> items = jdbc.sql("select id, kind, text, link, actor, created_at, read_at "
                + "from notifications_notification where digest_claim = ? order by created_at, id").param(claim)
                .query((rs, n) -> new Notification(rs.getObject("id", UUID.class), rs.getString("kind"),
                        rs.getString("text"), rs.getString("link"), null, NotificationStore.instant(rs, "created_at"),
                        NotificationStore.instant(rs, "read_at")))
                .list();
        var address = addresses.verifiedAddressOf(recipient);
        if (address.isPresent() && !items.isEmpty()) {
            mail.send(address.get(), items);
        }
        jdbc.sql("update notifications_notification set digest_sent_at = ? where digest_claim = ?")
                .params(NotificationStore.utc(clock.instant()), claim).update();
        return address.isPresent() && !items.isEmpty();
    }
}
