package com.mediapatch.identity.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TotpEnrolmentRepository extends JpaRepository<TotpEnrolment, UUID> {

    /** Uses a step if it is newer than the last one used; 0 rows means the code was spent. */
    @Modifying(clearAutomatically = true)
    @Query("update TotpEnrolment t set t.lastUsedStep = :step where t.accountId = :account and t.lastUsedStep < :step")
    int useStep(UUID account, long step);
}
