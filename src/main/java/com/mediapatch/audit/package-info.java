/**
 * The tamper-evident audit log: every security-relevant action of every module, recorded
 * from events in a hash chain with gapless sequence numbers, in a table the database refuses
 * to change. Merkle tree proofs (RFC 9162) and Ed25519-signed checkpoints kept outside the
 * database let anyone check that nothing was altered, removed or reordered;
 * {@link com.mediapatch.audit.AuditLog} reads and verifies it, and other modules publish
 * {@link com.mediapatch.audit.AuditableAction} to add to it.
 */
@ApplicationModule(displayName = "Audit log", allowedDependencies = {"identity", "security", "vault", "operations", "shared"})
package com.mediapatch.audit;

import org.springframework.modulith.ApplicationModule;
