package com.mediapatch.identity.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, UUID> {

    /** Marks an unused code used; 1 when this call used it up, 0 when it was unknown or already used. */
    @Modifying
    @Query("update RecoveryCode r set r.usedAt = :at where r.accountId = :accountId and r.codeHash = :codeHash "
            + "and r.usedAt is null")
    int useUp(UUID accountId, String codeHash, Instant at);

    long countByAccountIdAndUsedAtIsNull(UUID accountId);

    @Modifying
    @Query("delete from RecoveryCode r where r.accountId = :accountId")
    void deleteAllOf(UUID accountId);
}
