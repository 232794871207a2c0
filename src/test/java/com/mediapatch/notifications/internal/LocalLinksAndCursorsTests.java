package com.mediapatch.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import com.mediapatch.shared.PageCursor;

import org.junit.jupiter.api.Test;

class LocalLinksAndCursorsTests {

    @Test
    void onlyPathsOnThisSiteCountAsLinks() {
        assertThat(NotificationIntake.isLocalPath("/members/ada?tab=works#top")).isTrue();
        assertThat(NotificationIntake.isLocalPath("//evil.example/x")).isFalse();
        assertThat(NotificationIntake.isLocalPath("/\\evil.example")).isFalse();
        assertThat(NotificationIntake.isLocalPath("https://evil.example/")).isFalse();
        assertThat(NotificationIntake.isLocalPath("members")).isFalse();
        assertThat(NotificationIntake.isLocalPath("/a\r\nSet-Cookie: x")).isFalse();
        assertThat(NotificationIntake.isLocalPath(null)).isFalse();
    }

    @Test
    void cursorsRoundTripAndGarbageMeansTheFirstPage() {
        PageCursor cursor = new PageCursor(Instant.parse("2026-11-25T21:00:00.123456Z"), UUID.randomUUID());

        assertThat(PageCursor.parse(cursor.encode())).isEqualTo(cursor);
        assertThat(PageCursor.parse("not-a-cursor")).isNull();
        assertThat(PageCursor.parse("")).isNull();
        assertThat(PageCursor.parse("x".repeat(500))).isNull();
    }
}
