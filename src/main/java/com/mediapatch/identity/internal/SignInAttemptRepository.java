package com.mediapatch.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SignInAttemptRepository extends JpaRepository<SignInAttempt, UUID> {

    /** Failure times for an email since its last success (or the window start), newest first. */
    @Query("select a.attemptedAt from SignInAttempt a where a.email = :email and a.succeeded = false "
            + "and a.attemptedAt > :since and a.attemptedAt > coalesce((select max(s.attemptedAt) from SignInAttempt s "
            + "where s.email = :email and s.succeeded = true), :since) order by a.attemptedAt desc")
    List<Instant> failuresForEmail(String email, Instant since);

    @Query("select a.attemptedAt from SignInAttempt a where a.ip = :ip and a.succeeded = false "
            + "and a.attemptedAt > :since order by a.attemptedAt desc")
    List<Instant> failuresFromAddress(String ip, Instant since);

    @Modifying
    @Query("update SignInAttempt a set a.succeeded = true where a.id = :id")
    void markSucceeded(UUID id);
}
