package com.mediapatch.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.mediapatch.shared.Statistic;
import com.mediapatch.shared.StatisticsSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Accounts, verified, restricted, new this week and signed-in sessions, for the overview. */
@Component
class AccountStatistics implements StatisticsSource {

    private static final String MODULE = "Identity";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AccountStatistics(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Statistic> statistics() {
        Timestamp now = Timestamp.from(clock.instant());
        return List.of(
                count("Accounts", "select count(*) from identity_account"),
                count("Verified accounts", "select count(*) from identity_account where email_verified_at is not null"),
                count("New this week", "select count(*) from identity_account where created_at > ?",
                        Timestamp.from(clock.instant().minus(Duration.ofDays(7)))),
                count("Suspended or banned", "select count(*) from identity_account where banned_at is not null or suspended_until > ?", now),
                count("With two-step sign-in", "select count(*) from identity_totp"),
                count("Active sessions", "select count(*) from identity_session where principal_name is not null and expiry_time > ?",
                        clock.millis()));
    }

    private Statistic count(String label, String sql, Object... parameters) {
        Long value = jdbc.queryForObject(sql, Long.class, parameters);
        return new Statistic(MODULE, label, value == null ? 0 : value);
    }
}
