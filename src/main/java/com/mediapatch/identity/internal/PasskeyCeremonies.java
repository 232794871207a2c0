package com.mediapatch.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.authentication.PublicKeyCredentialRequestOptionsRepository;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;
import org.springframework.stereotype.Component;

/**
 * Holds a passkey ceremony between its two requests (options, then the signed answer), keyed
 * by session, for five minutes, in the database: the answer may reach any app node, so a
 * scale-out installation needs no sticky sessions. Spring Security would keep the options in
 * the HTTP session, but they do not survive Java serialization into the session table.
 */
@Component
class PasskeyCeremonies {

    static final Duration LIFETIME = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CeremonyOptionsJson json = new CeremonyOptionsJson();

    PasskeyCeremonies(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    PublicKeyCredentialCreationOptionsRepository registrations() {
        return new PublicKeyCredentialCreationOptionsRepository() {
            @Override
            public void save(HttpServletRequest request, HttpServletResponse response,
                    PublicKeyCredentialCreationOptions options) {
                put("register", request, options);
            }

            @Override
            public PublicKeyCredentialCreationOptions load(HttpServletRequest request) {
                return find("register", request, json::creation);
            }
        };
    }

    PublicKeyCredentialRequestOptionsRepository signIns() {
        return new PublicKeyCredentialRequestOptionsRepository() {
            @Override
            public void save(HttpServletRequest request, HttpServletResponse response,
                    PublicKeyCredentialRequestOptions options) {
                put("sign-in", request, options);
            }

            @Override
            public PublicKeyCredentialRequestOptions load(HttpServletRequest request) {
                return find("sign-in", request, json::request);
            }
        };
    }

    /** Every node sweeps; deleting rows that are already gone is harmless. */
    @Scheduled(fixedDelay = 300_000, initialDelay = 60_000)
    void forgetExpired() {
        jdbc.sql("DELETE FROM identity_passkey_ceremony WHERE expires_at < ?").param(clock.millis()).update();
    }

    private void put(String kind, HttpServletRequest request, Object options) {
        String key = key(kind, request.getSession().getId());
        if (options == null) {
            jdbc.sql("DELETE FROM identity_passkey_ceremony WHERE ceremony_key = ?").param(key).update();
            return;
        }
        String text = json.write(options);
        long expires = clock.millis() + LIFETIME.toMillis();
        if (replace(key, text, expires) == 0) {
            try {
                jdbc.sql("INSERT INTO identity_passkey_ceremony (ceremony_key, options, expires_at) VALUES (?, ?, ?)")
                        .params(key, text, expires).update();
            } catch (DuplicateKeyException startedMeanwhile) {
                replace(key, text, expires);
            }
        }
    }

    private int replace(String key, String text, long expires) {
        return jdbc.sql("UPDATE identity_passkey_ceremony SET options = ?, expires_at = ? WHERE ceremony_key = ?")
                .params(text, expires, key).update();
    }

    private <T> T find(String kind, HttpServletRequest request, Function<String, T> reader) {
        var session = request.getSession(false);
        if (session == null) {
            return null;
        }
        return jdbc.sql("SELECT options FROM identity_passkey_ceremony WHERE ceremony_key = ? AND expires_at >= ?")
                .params(key(kind, session.getId()), clock.millis()).query(String.class).optional().map(reader)
                .orElse(null);
    }

    /** A hash, so the table never holds a usable session id. */
    private static String key(String kind, String sessionId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((kind + ":" + sessionId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
