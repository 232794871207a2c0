package com.mediapatch.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of the audit log as stored. Its body is the canonical JSON of every other field
 * (keys sorted, no whitespace, UTF-8); the leaf hash is SHA-256(0x00 || body) and the chain
 * hash SHA-256(previous chain hash || leaf hash), both in lower-case hex.
 *
 * @param sequence position in the log, counting from 1 without gaps
 * @param at when the action happened (UTC)
 * @param actor who did it, as kind and id
 * @param effectiveActor whom the actor was impersonating, or null
 * @param action what was done
 * @param target what it was done to, or null
 * @param reason why, or null
 * @param ip the client address, or null
 * @param userAgent the client's description of itself, or null
 * @param details further facts
 * @param body the canonical JSON the hashes cover
 * @param leafHash SHA-256(0x00 || body)
 * @param chainHash SHA-256(previous chain hash || leaf hash)
 */
public record AuditEntry(long sequence, Instant at, String actor, String effectiveActor, String action,
        String target, String reason, String ip, String userAgent, Map<String, String> details, String body,
        String leafHash, String chainHash) {
}
