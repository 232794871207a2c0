package com.mediapatch.classifieds.internal;

import static com.mediapatch.shared.SqlTime.of;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.mediapatch.classifieds.AdId;
import com.mediapatch.classifieds.ClassifiedsRoutes;
import com.mediapatch.identity.AccountId;
import com.mediapatch.notifications.NotificationRaised;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells owners three days ahead that a published ad expires. Each node runs the job: one UPDATE claims the
 * ads due (marking the expiry it reminds of), so a row is claimed by exactly one node and a renewal, which
 * moves the expiry, earns a new reminder.
 */
@Component
public class ExpiryReminders {

    public static final String KIND = "ad-expiring";
    static final Duration AHEAD = Duration.ofDays(3);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExpiryReminders(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT2M", fixedDelayString = "PT15M")
    void onSchedule() {
        remindDue();
    }

    /** Claims and notifies every ad expiring within three days not yet reminded of its current expiry; returns how many. */
    @Transactional
    public int remindDue() {
        Instant now = clock.instant();
        UUID claim = UUID.randomUUID();
        int claimed = jdbc.sql("update classifieds_ad set reminder_claim = ?, reminded_for = expires_at "
                + "where status = 'PUBLISHED' and expires_at > ? and expires_at <= ? "
                + "and (reminded_for is null or reminded_for <> expires_at)")
                .params(claim, of(now), of(now.plus(AHEAD))).update();
        if (claimed == 0) {
            return 0;
        }
        jdbc.sql("select id, owner, title from classifieds_ad where reminder_claim = ?").param(claim)
                .query((rs, n) -> {
                    AdId ad = new AdId(rs.getObject("id", UUID.class));
                    events.publishEvent(new NotificationRaised(new AccountId(rs.getObject("owner", UUID.class)), KIND,
                            "Your ad \u201c" + rs.getString("title") + "\u201d expires in less than 3 days. Renew it to keep it listed.",
                            ClassifiedsRoutes.ad(ad), null, now));
                    return ad;
                }).list();
        return claimed;
    }
}
