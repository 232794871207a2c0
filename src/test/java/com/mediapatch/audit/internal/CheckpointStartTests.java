package com.mediapatch.audit.internal;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(OutputCaptureExtension.class)
class CheckpointStartTests {

    private final Checkpoints checkpoints = mock(Checkpoints.class);

    @Test
    void anUnpinnedKeyIsNamedWithTheSettingThatPinsIt(CapturedOutput output) {
        when(checkpoints.fingerprint()).thenReturn("SHA256:current");

        new CheckpointStart(checkpoints, properties("", true)).announce();

        assertThat(output).contains("fingerprint SHA256:current is not pinned",
                "MEDIAPATCH_AUDIT_CHECKPOINT_KEY_FINGERPRINT=SHA256:current");
        verify(checkpoints).createGenesis();
    }

    @Test
    void aKeyOtherThanThePinnedOneIsAnErrorAtStart(CapturedOutput output) {
        when(checkpoints.fingerprint()).thenReturn("SHA256:other");

        new CheckpointStart(checkpoints, properties("SHA256:pinned", false)).announce();

        assertThat(output).contains("ERROR", "SHA256:other is NOT the pinned SHA256:pinned");
        verify(checkpoints, never()).createGenesis();
    }

    private static AuditProperties properties(String pinned, boolean background) {
        return new AuditProperties("", Duration.ofMinutes(1), Duration.ofMinutes(1), "", "", "", pinned, false, background,
                new AuditProperties.Witness("", null, false, Duration.ofSeconds(5)),
                new AuditProperties.Verify(0, Duration.ZERO));
    }
}
