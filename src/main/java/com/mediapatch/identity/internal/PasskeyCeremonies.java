package com.mediapatch.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.authentication.PublicKeyCredentialRequestOptionsRepository;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;
import org.springframework.stereotype.Component;

/**
 * Holds the challenge of a passkey ceremony between its two requests (options, then the
 * signed answer), keyed by session, for five minutes. Spring Security keeps these in the
 * HTTP session by default, but its option objects are not serializable and sessions here
 * live in the database. Being in this node's memory, a ceremony's two requests must reach
 * the same node (sticky sessions) on a scale-out installation.
 */
@Component
class PasskeyCeremonies {

    static final Duration LIFETIME = Duration.ofMinutes(5);

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Clock clock;

    PasskeyCeremonies(Clock clock) {
        this.clock = clock;
    }

    private record Pending(Object options, Instant expires) {
    }

    PublicKeyCredentialCreationOptionsRepository registrations() {
        return new PublicKeyCredentialCreationOptionsRepository() {
            @Override
            public void save(HttpServletRequest request, HttpServletResponse response,
                    PublicKeyCredentialCreationOptions options) {
                put("register:", request, options);
            }

            @Override
            public PublicKeyCredentialCreationOptions load(HttpServletRequest request) {
                return take("register:", request, PublicKeyCredentialCreationOptions.class);
            }
        };
    }

    PublicKeyCredentialRequestOptionsRepository signIns() {
        return new PublicKeyCredentialRequestOptionsRepository() {
            @Override
            public void save(HttpServletRequest request, HttpServletResponse response,
                    PublicKeyCredentialRequestOptions options) {
                put("sign-in:", request, options);
            }

            @Override
            public PublicKeyCredentialRequestOptions load(HttpServletRequest request) {
                return take("sign-in:", request, PublicKeyCredentialRequestOptions.class);
            }
        };
    }

    private void put(String kind, HttpServletRequest request, Object options) {
        Instant now = clock.instant();
        pending.values().removeIf(entry -> entry.expires().isBefore(now));
        String key = kind + request.getSession().getId();
        if (options == null) {
            pending.remove(key);
        } else {
            pending.put(key, new Pending(options, now.plus(LIFETIME)));
        }
    }

    private <T> T take(String kind, HttpServletRequest request, Class<T> type) {
        var session = request.getSession(false);
        Pending found = session == null ? null : pending.get(kind + session.getId());
        return found == null || found.expires().isBefore(clock.instant()) ? null : type.cast(found.options());
    }
}
