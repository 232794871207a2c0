package com.mediapatch.ai.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mediapatch.ai.Capability;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What God Mode changes in the AI set-up, each change audited (the key only as "changed", never its value): connections
 * added, edited, switched and deleted, capability settings and chains.
 */
@Service
public class AiAdministration {

    private final ConnectionStore connections;
    private final CapabilityStore capabilities;
    private final LinkHealth health;
    private final AiAudit audit;
    private final Clock clock;

    AiAdministration(ConnectionStore connections, CapabilityStore capabilities, LinkHealth health, AiAudit audit, Clock clock) {
        this.connections = connections;
        this.capabilities = capabilities;
        this.health = health;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public AiConnection add(GodChange change, ConnectionDraft draft) {
        AiConnection added = connections.add(draft, clock.instant());
        audit.record(change, "connection-added", target(added.id()), describe(draft));
        return added;
    }

    @Transactional
    public void update(GodChange change, UUID id, ConnectionDraft draft) {
        connections.update(id, draft);
        health.forget(id.toString());
        audit.record(change, "connection-changed", target(id), describe(draft));
    }

    @Transactional
    public void switchTo(GodChange change, UUID id, boolean on) {
        connections.switchTo(id, on);
        audit.record(change, on ? "connection-switched-on" : "connection-switched-off", target(id), Map.of());
    }

    @Transactional
    public void delete(GodChange change, UUID id) {
        connections.delete(id);
        capabilities.forget(id.toString());
        health.forget(id.toString());
        audit.record(change, "connection-deleted", target(id), Map.of());
    }

    @Transactional
    public void configure(GodChange change, Capability capability, boolean enabled, Audience audience, int dailyQuota, Duration timeout) {
        CapabilitySettings current = capabilities.get(capability);
        capabilities.save(new CapabilitySettings(capability, enabled, audience, dailyQuota, timeout, current.chain()));
        audit.record(change, "capability-changed", "capability:" + capability.slug(), Map.of("enabled", String.valueOf(enabled),
                "audience", audience.name(), "daily-quota", String.valueOf(dailyQuota), "timeout-ms", String.valueOf(timeout.toMillis())));
    }

    /** Moves, adds or removes a link of a capability's chain. */
    @Transactional
    public void rechain(GodChange change, Capability capability, ChainEdit edit) {
        CapabilitySettings current = capabilities.get(capability);
        List<String> chain = edit.apply(current, this::usable);
        capabilities.save(current.withChain(chain));
        audit.record(change, "chain-changed", "capability:" + capability.slug(), Map.of("chain", String.join(",", chain)));
    }

    private boolean usable(Capability capability, String link) {
        if (CapabilitySettings.LOCAL.equals(link)) {
            return capability.hasLocalProvider();
        }
        try {
            return connections.find(UUID.fromString(link)).filter(found -> found.kind().capabilities().contains(capability)).isPresent();
        } catch (IllegalArgumentException notAnId) {
            return false;
        }
    }

    private static String target(UUID id) {
        return "ai-connection:" + id;
    }

    private static Map<String, String> describe(ConnectionDraft draft) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("name", draft.name());
        details.put("kind", draft.kind().name());
        details.put("base-url", draft.baseUrl());
        details.put("key", draft.key() == null || draft.key().isEmpty() ? "unchanged" : "changed");
        details.put("monthly-budget-cents", String.valueOf(draft.monthlyBudgetCents()));
        details.put("price-micros-per-unit", String.valueOf(draft.priceMicrosPerUnit()));
        return details;
    }
}
