package com.mediapatch.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PersonalTokenRepository extends JpaRepository<PersonalToken, UUID> {

    Optional<PersonalToken> findByTokenHash(String tokenHash);

    Optional<PersonalToken> findByIdAndAccountId(UUID id, UUID accountId);

    @Modifying
    @Query("update PersonalToken t set t.revokedAt = :now where t.accountId = :accountId and t.revokedAt is null")
    int revokeAllOf(UUID accountId, Instant now);

    @Query("select t from PersonalToken t where t.accountId = :accountId and t.revokedAt is null "
            + "and t.expiresAt > :now order by t.createdAt desc")
    List<PersonalToken> active(UUID accountId, Instant now);
}
