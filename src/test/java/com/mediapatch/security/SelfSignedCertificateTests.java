package com.mediapatch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelfSignedCertificateTests {

    @TempDir
    Path directory;

    private final Clock now = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void namesEveryConfiguredHostAndKeepsTheKeyPrivate() throws Exception {
        SelfSignedCertificate certificate = new SelfSignedCertificate(directory, List.of("localhost", "127.0.0.1", "::1"), now);

        assertThat(certificate.ensure()).isTrue();

        List<String> names = certificate.read().getSubjectAlternativeNames().stream().map(name -> String.valueOf(name.get(1))).toList();
        assertThat(names).contains("localhost", "127.0.0.1");
        assertThat(names).anyMatch(name -> name.startsWith("0:0:0:0:0:0:0:1"));
        assertThat(certificate.read().getNotAfter().toInstant()).isAfter(now.instant().plus(Duration.ofDays(365)));
        assertThat(Files.getPosixFilePermissions(certificate.privateKey())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(certificate.privateKey())).startsWith("-----BEGIN PRIVATE KEY-----");
    }

    @Test
    void keepsAGoodCertificateAcrossRestarts() throws Exception {
        new SelfSignedCertificate(directory, List.of("localhost"), now).ensure();
        String first = Files.readString(directory.resolve(SelfSignedCertificate.CERTIFICATE_FILE));

        assertThat(new SelfSignedCertificate(directory, List.of("localhost"), now).ensure()).isFalse();
        assertThat(Files.readString(directory.resolve(SelfSignedCertificate.CERTIFICATE_FILE))).isEqualTo(first);
    }

    @Test
    void renewsACertificateCloseToExpiry() {
        new SelfSignedCertificate(directory, List.of("localhost"), now).ensure();
        Clock elevenMonthsLater = Clock.offset(now, Duration.ofDays(380));

        assertThat(new SelfSignedCertificate(directory, List.of("localhost"), elevenMonthsLater).ensure()).isTrue();
    }

    @Test
    void renewsWhenAHostIsAdded() {
        new SelfSignedCertificate(directory, List.of("localhost"), now).ensure();

        assertThat(new SelfSignedCertificate(directory, List.of("localhost", "studio.lan"), now).ensure()).isTrue();
    }
}
