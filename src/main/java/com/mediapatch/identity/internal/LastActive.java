package com.mediapatch.identity.internal;

import com.mediapatch.identity.SignInAttempted;
import com.mediapatch.identity.SignInAttempted.Outcome;
import com.mediapatch.shared.SqlTime;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Remembers when each member last signed in, in the browser or through the API. A session lasts
 * at most a day, so this is when the member was last active to within a day.
 */
@Component
class LastActive {

    private final JdbcTemplate jdbc;

    LastActive(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(SignInAttempted attempt) {
        if (attempt.outcome() == Outcome.SUCCEEDED && attempt.account() != null) {
            jdbc.update("update identity_account set last_active_at = ? where id = ?",
                    SqlTime.of(attempt.at()), attempt.account().value());
        }
    }
}
