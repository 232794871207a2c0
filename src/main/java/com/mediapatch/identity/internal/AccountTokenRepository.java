package com.mediapatch.identity.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountTokenRepository extends JpaRepository<AccountToken, UUID> {

    Optional<AccountToken> findByTokenHash(String tokenHash);

    /** A new link replaces older unused links of the same kind. */
    @Modifying
    @Query("update AccountToken t set t.usedAt = :now where t.accountId = :accountId "
            + "and t.purpose = :purpose and t.usedAt is null")
    void retireUnused(UUID accountId, AccountToken.Purpose purpose, Instant now);

    /** Uses up an unused link; 1 when this call used it, 0 when it was used already. */
    @Modifying
    @Query("update AccountToken t set t.usedAt = :now where t.id = :id and t.usedAt is null")
    int useUp(UUID id, Instant now);
}
