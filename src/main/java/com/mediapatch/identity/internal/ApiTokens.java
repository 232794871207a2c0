package com.mediapatch.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.ApiScope;
import com.mediapatch.identity.ApiScopes;

import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Access and refresh tokens for API clients. Access tokens are JWTs signed with the
 * installation's key and live ten minutes; refresh tokens are random, stored hashed,
 * single-use and rotate within a family. Using a spent refresh token revokes its family.
 */
@Service
public class ApiTokens {

    static final Duration ACCESS_LIFETIME = Duration.ofMinutes(10);
    static final String ISSUER = "mediapatch";

    private final JwtEncoder encoder;
    private final RefreshTokenRepository refreshTokens;
    private final Restrictions restrictions;
    private final Clock clock;
    private final ApiScopes scopes;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JwtEncoder encoder, RefreshTokenRepository refreshTokens, Restrictions restrictions, Clock clock,
            ApiScopes scopes) {
        this.scopes = scopes;
        this.restrictions = restrictions;
        this.encoder = encoder;
        this.refreshTokens = refreshTokens;
        this.clock = clock;
    }

    /**
     * A pair handed to an API client.
     *
     * @param accessToken signed JWT for the Authorization header
     * @param refreshToken single-use secret to get the next pair
     * @param expiresIn seconds until the access token expires
     */
    public record TokenPair(String accessToken, String refreshToken, long expiresIn) {
    }

    /** Starts a new family for a client that just proved who it is. */
    @Transactional
    public TokenPair issue(AccountId account) {
        return pair(account.value(), UUID.randomUUID());
    }

    /** Trades a refresh token for the next pair; a second use of the same token revokes the family. */
    @Transactional(noRollbackFor = ApiTokenProblems.class)
    public TokenPair refresh(String refreshToken) {
        RefreshToken presented = refreshTokens.findByTokenHash(AccountTokens.hash(refreshToken == null ? "" : refreshToken))
                .orElseThrow(() -> new ApiTokenProblems(ApiTokenProblems.REFRESH_TOKEN_INVALID));
        Instant now = clock.instant();
        if (!presented.used() && !presented.usable(now)) {
            throw new ApiTokenProblems(ApiTokenProblems.REFRESH_TOKEN_INVALID);
        }
        if (presented.used() || refreshTokens.markUsed(presented.id(), now) == 0) {
            refreshTokens.revokeFamily(presented.familyId(), now);
            throw new ApiTokenProblems(ApiTokenProblems.REFRESH_TOKEN_REUSED);
        }
        if (!restrictions.allows(new AccountId(presented.accountId()))) {
            throw new ApiTokenProblems(ApiTokenProblems.ACCOUNT_RESTRICTED);
        }
        return pair(presented.accountId(), presented.familyId());
    }

    /** Signs a client out: the family of this refresh token stops working. */
    @Transactional
    public void revoke(String refreshToken) {
        refreshTokens.findByTokenHash(AccountTokens.hash(refreshToken == null ? "" : refreshToken))
                .ifPresent(token -> refreshTokens.revokeFamily(token.familyId(), clock.instant()));
    }

    /** After a password reset or change: every API client of the account must sign in again. */
    @Transactional
    public void revokeAll(AccountId account) {
        refreshTokens.revokeAllOf(account.value(), clock.instant());
    }

    private TokenPair pair(UUID account, UUID family) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(ISSUER).subject(account.toString()).issuedAt(now)
                .expiresAt(now.plus(ACCESS_LIFETIME)).id(UUID.randomUUID().toString())
                .claim("scope", String.join(" ", scopes.all().stream().map(ApiScope::value).toList()))
                .build();
        String access = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String refresh = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        refreshTokens.save(new RefreshToken(family, account, AccountTokens.hash(refresh), now));
        return new TokenPair(access, refresh, ACCESS_LIFETIME.toSeconds());
    }
}
