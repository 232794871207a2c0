package com.mediapatch.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Issues and redeems emailed links. Tokens carry 256 random bits; the database keeps
 * their SHA-256 only. Redeeming is single-use and time-limited, and each failure is its
 * own fact so the page can say exactly what went wrong.
 */
@Component
class AccountTokens {

    private final SecureRandom random = new SecureRandom();
    private final AccountTokenRepository tokens;
    private final Clock clock;

    AccountTokens(AccountTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Creates a token, retiring any earlier unused one of the same purpose. */
    String issue(UUID accountId, AccountToken.Purpose purpose) {
        return issue(accountId, purpose, null);
    }

    /** As {@link #issue(UUID, AccountToken.Purpose)}, remembering the address an email change moves to. */
    String issue(UUID accountId, AccountToken.Purpose purpose, String newEmail) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        tokens.retireUnused(accountId, purpose, clock.instant());
        tokens.save(new AccountToken(accountId, purpose, hash(token), clock.instant()).forNewEmail(newEmail));
        return token;
    }

    /** Retires every unused token of a purpose, e.g. reset links mailed to an address no longer used. */
    void retireAll(UUID accountId, AccountToken.Purpose purpose) {
        tokens.retireUnused(accountId, purpose, clock.instant());
    }

    /** Checks a token without using it up (to show the reset form only for live links). */
    AccountToken check(String token, AccountToken.Purpose purpose) {
        AccountToken found = tokens.findByTokenHash(hash(token == null ? "" : token))
                .filter(candidate -> candidate.purpose() == purpose)
                .orElseThrow(LinkInvalid::unknown);
        if (found.used()) {
            throw LinkInvalid.alreadyUsed();
        }
        if (found.expired(clock.instant())) {
            throw LinkInvalid.expired();
        }
        return found;
    }

    AccountToken redeem(String token, AccountToken.Purpose purpose) {
        AccountToken found = check(token, purpose);
        // Conditional, so of parallel redemptions of one link exactly one succeeds.
        if (tokens.useUp(found.id(), clock.instant()) != 1) {
            throw LinkInvalid.alreadyUsed();
        }
        return found;
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
