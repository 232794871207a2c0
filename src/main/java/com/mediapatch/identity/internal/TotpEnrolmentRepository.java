package com.mediapatch.identity.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface TotpEnrolmentRepository extends JpaRepository<TotpEnrolment, UUID> {
}
