package com.mediapatch.godmode;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import com.mediapatch.audit.AuditEntry;
import com.mediapatch.audit.AuditLog;
import com.mediapatch.audit.AuditQuery;

import org.springframework.boot.test.context.TestComponent;

/** Waits for audit entries, which are written asynchronously after the action commits. */
@TestComponent
public class AuditTrail {

    private final AuditLog audit;

    AuditTrail(AuditLog audit) {
        this.audit = audit;
    }

    /** The newest entry with this action and target, once it has been written. */
    public AuditEntry awaitEntry(String action, String target) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> entries(action, target), found -> !found.isEmpty()).get(0);
    }

    public List<AuditEntry> entries(String action, String target) {
        return audit.entries(new AuditQuery(action, null, target, null, null, null, 50)).entries();
    }
}
