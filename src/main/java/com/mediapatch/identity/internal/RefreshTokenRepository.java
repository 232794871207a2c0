package com.mediapatch.identity.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RefreshTokenRepository extends JpaRepository<RefreshToken, UUID> {

    Optional<RefreshToken> findByTokenHash(String tokenHash);

    @Modifying
    @Query("update RefreshToken t set t.revokedAt = :now where t.familyId = :family and t.revokedAt is null")
    int revokeFamily(UUID family, Instant now);

    /** Marks a token used unless someone else just did: 0 rows means it was used already. */
    @Modifying(clearAutomatically = true)
    @Query("update RefreshToken t set t.usedAt = :now where t.id = :id and t.usedAt is null")
    int markUsed(UUID id, Instant now);

    @Modifying
    @Query("update RefreshToken t set t.revokedAt = :now where t.accountId = :account and t.revokedAt is null")
    int revokeAllOf(UUID account, Instant now);
}
