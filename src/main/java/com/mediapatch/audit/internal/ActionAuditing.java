package com.mediapatch.audit.internal;

import com.mediapatch.audit.AuditableAction;

import org.springframework.stereotype.Component;

/** Writes the auditable actions other modules publish, as they are. */
@Component
class ActionAuditing {

    private final AuditChain chain;

    ActionAuditing(AuditChain chain) {
        this.chain = chain;
    }

    @AuditListener(id = "audit.on-auditable-action")
    void on(AuditableAction action) {
        chain.appendOnce(action);
    }
}
