package com.mediapatch.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SqlTimeTests {

    @Test
    void bindsUtcCutToMicrosecondsSoAValueReadBackEqualsTheOneWritten() {
        Instant at = Instant.parse("2026-12-05T10:15:30.123456789Z");
        assertThat(SqlTime.of(at).getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(SqlTime.of(at).toInstant()).isEqualTo(Instant.parse("2026-12-05T10:15:30.123456Z"));
    }

    @Test
    void nullStaysNull() {
        assertThat(SqlTime.of(null)).isNull();
    }
}
