package com.mediapatch.ai.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.mediapatch.ai.Capability;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The capability settings, one row each (created by the migration). */
@Repository
public class CapabilityStore {

    private final JdbcClient jdbc;

    CapabilityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Capability, CapabilitySettings> all() {
        Map<Capability, CapabilitySettings> all = new EnumMap<>(Capability.class);
        jdbc.sql("select capability, enabled, audience, daily_quota, timeout_ms, chain from ai_capability").query(CapabilityStore::row)
                .list().forEach(settings -> all.put(settings.capability(), settings));
        return all;
    }

    public CapabilitySettings get(Capability capability) {
        return jdbc.sql("select capability, enabled, audience, daily_quota, timeout_ms, chain from ai_capability where capability = ?")
                .param(capability.name()).query(CapabilityStore::row).single();
    }

    public void save(CapabilitySettings settings) {
        jdbc.sql("update ai_capability set enabled = ?, audience = ?, daily_quota = ?, timeout_ms = ?, chain = ? where capability = ?")
                .params(settings.enabled(), settings.audience().name(), settings.dailyQuota(), (int) settings.timeout().toMillis(),
                        chainColumn(settings), settings.capability().name())
                .update();
    }

    private static String chainColumn(CapabilitySettings settings) {
        return String.join(",", settings.chain());
    }

    /** Takes a deleted connection out of every chain. */
    public void forget(String link) {
        all().values().forEach(settings -> {
            if (settings.chain().contains(link)) {
                save(settings.withChain(settings.without(link)));
            }
        });
    }

    private static CapabilitySettings row(ResultSet row, int n) throws SQLException {
        String chain = row.getString("chain");
        List<String> links = chain.isBlank() ? List.of() : Arrays.stream(chain.split(",")).map(String::strip).toList();
        return new CapabilitySettings(Capability.valueOf(row.getString("capability")), row.getBoolean("enabled"),
                Audience.valueOf(row.getString("audience")), row.getInt("daily_quota"),
                java.time.Duration.ofMillis(row.getInt("timeout_ms")), links);
    }
}
