package com.mediapatch.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An event any module publishes for an action that belongs in the audit log (God Mode
 * overrides, moderation decisions, key rotations...). The audit log records it once the
 * publishing transaction has committed, or at once when there was none. Actors and targets
 * are written as kind and id, for example "member:8f14e45f-..." or "address:203.0.113.7".
 *
 * @param at when it happened
 * @param actor who did it
 * @param effectiveActor whom the actor was acting as while impersonating, or null
 * @param action what was done, as module.verb-phrase, for example "godmode.account-suspended"
 * @param target what it was done to, or null
 * @param reason why, in the actor's words or as a reason code, or null
 * @param ip the client address the action came from, or null
 * @param userAgent the client's description of itself, or null
 * @param details further facts, name to value; never secrets
 */
public record AuditableAction(Instant at, String actor, String effectiveActor, String action, String target,
        String reason, String ip, String userAgent, Map<String, String> details) {

    public AuditableAction {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        details = details == null ? Map.of() : Map.copyOf(new TreeMap<>(details));
    }

    /** An action by an actor acting as themselves, seen from no particular client. */
    public static AuditableAction of(Instant at, String actor, String action, String target, String reason,
            Map<String, String> details) {
        return new AuditableAction(at, actor, null, action, target, reason, null, null, details);
    }
}
