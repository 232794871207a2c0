package com.mediapatch.audit.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.mediapatch.audit.AuditableAction;
import com.mediapatch.security.RequestRefused;
import com.mediapatch.security.RequestRefused.Reason;
import com.mediapatch.security.SuspiciousInputSeen;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RefusalWindowsTests {

    private final Instant minute = Instant.parse("2026-11-25T12:00:00Z");
    private final RefusalWindows windows = new RefusalWindows(Duration.ofMinutes(1), 3);

    @Test
    void refusalsOfOneClientAndReasonInOneMinuteBecomeOneEntry() {
        for (int i = 0; i < 50; i++) {
            windows.add(refused(Reason.RATE_LIMITED, "address:203.0.113.7", "/sign-in", minute.plusSeconds(i)));
        }

        List<AuditableAction> written = windows.takeEnded(minute.plusSeconds(60));

        assertThat(written).singleElement().satisfies(action -> {
            assertThat(action.action()).isEqualTo("security.requests-refused");
            assertThat(action.at()).isEqualTo(minute);
            assertThat(action.actor()).isEqualTo("address:203.0.113.7");
            assertThat(action.ip()).isEqualTo("203.0.113.7");
            assertThat(action.reason()).isEqualTo("rate-limited");
            assertThat(action.target()).isEqualTo("POST /sign-in");
            assertThat(action.details()).containsEntry("count", "50").containsEntry("until", "2026-11-25T12:01:00Z");
        });
    }

    @Test
    void suspiciousInputIsCountedApartFromRefusals() {
        for (int i = 0; i < 20; i++) {
            windows.add(new SuspiciousInputSeen(SuspiciousInputSeen.Kind.SQL_INJECTION, "GET", "/members", "q",
                    "address:198.51.100.9", minute.plusSeconds(i)));
        }
        windows.add(refused(Reason.RATE_LIMITED, "address:198.51.100.9", "/members", minute));

        assertThat(windows.takeEnded(minute.plusSeconds(60))).hasSize(2)
                .anySatisfy(action -> {
                    assertThat(action.action()).isEqualTo("security.suspicious-input-seen");
                    assertThat(action.reason()).isEqualTo("sql-injection");
                    assertThat(action.target()).isEqualTo("GET /members [q]");
                    assertThat(action.details()).containsEntry("count", "20");
                });
    }

    @Test
    void windowsAreWrittenOnlyOnceTheyHaveEnded() {
        windows.add(refused(Reason.CSRF_TOKEN_INVALID, "member:1", "/a", minute.plusSeconds(10)));
        windows.add(refused(Reason.CSRF_TOKEN_INVALID, "member:1", "/b", minute.plusSeconds(70)));

        assertThat(windows.takeEnded(minute.plusSeconds(59))).isEmpty();
        assertThat(windows.takeEnded(minute.plusSeconds(60))).extracting(AuditableAction::target)
                .containsExactly("POST /a");
        assertThat(windows.takeEnded(minute.plusSeconds(60))).isEmpty();
        assertThat(windows.takeAll()).extracting(AuditableAction::at).containsExactly(minute.plusSeconds(60));
    }

    @Test
    void reasonsAndClientsAreCountedApart() {
        windows.add(refused(Reason.ACCESS_DENIED, "member:1", "/admin", minute));
        windows.add(refused(Reason.BODY_TOO_LARGE, "member:1", "/upload", minute));
        windows.add(refused(Reason.ACCESS_DENIED, "member:2", "/admin", minute));

        assertThat(windows.takeAll()).extracting(AuditableAction::reason, AuditableAction::actor).containsExactly(
                tuple("access-denied", "member:1"),
                tuple("body-too-large", "member:1"),
                tuple("access-denied", "member:2"));
    }

    @Test
    void pastTheLimitFurtherClientsAreCountedTogether() {
        for (int client = 0; client < 10; client++) {
            windows.add(refused(Reason.RATE_LIMITED, "address:10.0.0." + client, "/", minute));
        }

        List<AuditableAction> written = windows.takeAll();

        assertThat(written).hasSize(4);
        assertThat(written.get(3).actor()).isEqualTo(RefusalWindows.MANY_CLIENTS);
        assertThat(written.get(3).details()).containsEntry("count", "7");
    }

    private static RequestRefused refused(Reason reason, String client, String path, Instant at) {
        return new RequestRefused(reason, "POST", path, client, at);
    }
}
