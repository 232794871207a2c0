package com.mediapatch.identity.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, UUID> {

    Optional<RecoveryCode> findByAccountIdAndCodeHashAndUsedAtIsNull(UUID accountId, String codeHash);

    long countByAccountIdAndUsedAtIsNull(UUID accountId);

    @Modifying
    @Query("delete from RecoveryCode r where r.accountId = :accountId")
    void deleteAllOf(UUID accountId);
}
