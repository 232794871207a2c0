package com.mediapatch.godmode.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import com.mediapatch.godmode.SiteState;
import com.mediapatch.identity.AccountId;
import com.mediapatch.shared.Recounted;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The site switches, kept in the database so every node follows them; each node re-reads
 * them in the background once what it holds is a few seconds old, so no request waits for the read.
 */
@Component
public class SiteSettings {

    static final String READ_ONLY = "read-only";
    static final String MAINTENANCE = "maintenance";
    static final String ANNOUNCEMENT = "announcement";
    private static final Duration FRESHNESS = Duration.ofSeconds(5);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Recounted<SiteState> state;

    SiteSettings(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.state = Recounted.every(FRESHNESS, this::load);
    }

    public SiteState state() {
        return state.current();
    }

    @Transactional
    public void readOnly(boolean on, AccountId by) {
        put(READ_ONLY, Boolean.toString(on), by);
    }

    @Transactional
    public void maintenance(boolean on, AccountId by) {
        put(MAINTENANCE, Boolean.toString(on), by);
    }

    /** Sets the announcement, or removes it when {@code text} is null or blank. */
    @Transactional
    public void announce(String text, AccountId by) {
        put(ANNOUNCEMENT, text == null ? "" : text.strip(), by);
    }

    private void put(String name, String value, AccountId by) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("update godmode_site_setting set setting = ?, updated_at = ?, updated_by = ? where name = ?",
                value, now, by.value(), name);
        state.forget();
    }

    private SiteState load() {
        Map<String, String> values = new HashMap<>();
        jdbc.query("select name, setting from godmode_site_setting", row -> {
            values.put(row.getString(1), row.getString(2));
        });
        String announcement = values.getOrDefault(ANNOUNCEMENT, "");
        return new SiteState(Boolean.parseBoolean(values.get(READ_ONLY)), Boolean.parseBoolean(values.get(MAINTENANCE)),
                announcement.isBlank() ? null : announcement);
    }
}
