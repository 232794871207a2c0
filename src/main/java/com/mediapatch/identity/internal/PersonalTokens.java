package com.mediapatch.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.ApiScope;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens: a member makes one for a script or app, picks its scopes and
 * lifetime, sees it once, and can revoke it. Tokens start with {@value #PREFIX} so they
 * are recognisable in logs and by secret scanners.
 */
@Service
public class PersonalTokens {

    public static final String PREFIX = "mp_pat_";
    public static final List<Integer> LIFETIMES_IN_DAYS = List.of(7, 30, 90, 365);

    private final PersonalTokenRepository tokens;
    private final Restrictions restrictions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PersonalTokens(PersonalTokenRepository tokens, Restrictions restrictions, Clock clock) {
        this.restrictions = restrictions;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Makes a token and returns its text, which is never stored and cannot be shown again. */
    @Transactional
    public String create(AccountId account, String name, List<ApiScope> scopes, int days) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        tokens.save(new PersonalToken(account.value(), name.strip(), AccountTokens.hash(token),
                scopes.stream().map(ApiScope::value).toList(), clock.instant(),
                clock.instant().plus(Duration.ofDays(days))));
        return token;
    }

    @Transactional(readOnly = true)
    public List<PersonalToken> of(AccountId account) {
        return tokens.active(account.value(), clock.instant());
    }

    /** Revokes one of the member's own tokens; false when they have no such token. */
    @Transactional
    public boolean revoke(AccountId account, UUID id) {
        return tokens.findByIdAndAccountId(id, account.value()).map(token -> {
            token.revoke(clock.instant());
            return true;
        }).orElse(false);
    }

    /** After a password reset: tokens made with the old password stop working. */
    @Transactional
    public void revokeAll(AccountId account) {
        tokens.revokeAllOf(account.value(), clock.instant());
    }

    /** Who a presented token speaks for, with its scopes as authorities; empty when not usable. */
    @Transactional
    public Optional<Authentication> authenticate(String presented) {
        return tokens.findByTokenHash(AccountTokens.hash(presented)).filter(token -> token.usable(clock.instant()))
                .filter(token -> restrictions.allows(new AccountId(token.accountId())))
                .map(token -> {
                    token.used(clock.instant());
                    var authorities = token.scopes().stream().map(scope -> new SimpleGrantedAuthority("SCOPE_" + scope))
                            .toList();
                    return new PreAuthenticatedAuthenticationToken(token.accountId().toString(), null, authorities);
                });
    }
}
