package com.mediapatch.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpSession;

import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.SecondFactorChanged;
import com.mediapatch.identity.SecondFactorChanged.Change;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Service;

/**
 * A member's passkeys: listing and removing them, and the password re-check that must
 * come shortly before a new one is registered (Spring Security's endpoints do the rest).
 */
@Service
public class Passkeys {

    static final String CONFIRMED_AT = "mediapatch.identity.passwordConfirmedAt";
    static final Duration CONFIRMATION_LIFETIME = Duration.ofMinutes(10);

    private final PublicKeyCredentialUserEntityRepository owners;
    private final UserCredentialRepository credentials;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Passkeys(PublicKeyCredentialUserEntityRepository owners, UserCredentialRepository credentials,
            ApplicationEventPublisher events, Clock clock) {
        this.owners = owners;
        this.credentials = credentials;
        this.events = events;
        this.clock = clock;
    }

    /**
     * One registered passkey.
     *
     * @param id base64url credential id
     * @param label the name the member gave it
     * @param created when it was added
     * @param lastUsed when it last signed in
     */
    public record Passkey(String id, String label, Instant created, Instant lastUsed) {
    }

    public List<Passkey> of(AccountId account) {
        PublicKeyCredentialUserEntity owner = owners.findByUsername(account.toString());
        if (owner == null) {
            return List.of();
        }
        return credentials.findByUserId(owner.getId()).stream().map(Passkeys::view).toList();
    }

    public boolean any(AccountId account) {
        return !of(account).isEmpty();
    }

    /** Removes one of the member's passkeys; false when they have none with this id. */
    public boolean remove(AccountId account, String id) {
        boolean owned = of(account).stream().anyMatch(passkey -> passkey.id().equals(id));
        if (owned) {
            credentials.delete(Bytes.fromBase64(id));
            events.publishEvent(new SecondFactorChanged(account, Change.PASSKEY_REMOVED, clock.instant()));
        }
        return owned;
    }

    /** Remembers that the password was just re-entered, which opens passkey registration for a while. */
    public void passwordConfirmed(HttpSession session) {
        session.setAttribute(CONFIRMED_AT, clock.instant());
    }

    boolean recentlyConfirmed(HttpSession session) {
        Object at = session == null ? null : session.getAttribute(CONFIRMED_AT);
        return at instanceof Instant confirmed && confirmed.plus(CONFIRMATION_LIFETIME).isAfter(clock.instant());
    }

    private static Passkey view(CredentialRecord record) {
        return new Passkey(record.getCredentialId().toBase64UrlString(), record.getLabel(), record.getCreated(),
                record.getLastUsed());
    }
}
