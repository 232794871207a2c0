package com.mediapatch.ai.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.mediapatch.ai.AiRefused;
import com.mediapatch.shared.SqlTime;
import com.mediapatch.vault.FieldCipher;
import com.mediapatch.vault.SealedColumn;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The connections God Mode added. Keys are sealed by the vault with the connection's id as associated data, so a
 * key copied to another row no longer opens; they are opened only for a call, never listed.
 */
@Repository
public class ConnectionStore {

    static final SealedColumn KEY = new SealedColumn("ai_connection", "id", "api_key");
    /** Connections are few (an operator's handful); the list is bounded all the same. */
    static final int MAX_CONNECTIONS = 100;

    private static final String COLUMNS = "id, name, kind, base_url, text_model, embedding_model, has_key, enabled, "
            + "monthly_budget_cents, price_micros_per_unit, created_at";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    ConnectionStore(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public List<AiConnection> all() {
        return jdbc.sql("select " + COLUMNS + " from ai_connection order by created_at, id limit " + MAX_CONNECTIONS)
                .query(ConnectionStore::row).list();
    }

    public Optional<AiConnection> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from ai_connection where id = ?").param(id).query(ConnectionStore::row).optional();
    }

    public AiConnection get(UUID id) {
        return find(id).orElseThrow(AiRefused.ConnectionNotFound::new);
    }

    public AiConnection add(ConnectionDraft draft, Instant now) {
        UUID id = UUID.randomUUID();
        String key = draft.key() == null ? "" : draft.key();
        jdbc.sql("insert into ai_connection (id, name, kind, base_url, text_model, embedding_model, api_key, has_key, enabled, "
                + "monthly_budget_cents, price_micros_per_unit, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, draft.name(), draft.kind().name(), draft.baseUrl(), draft.textModel(), draft.embeddingModel(),
                        cipher.seal(key, KEY.binding(id)), !key.isEmpty(), !draft.kind().external(),
                        draft.monthlyBudgetCents(), draft.priceMicrosPerUnit(), SqlTime.of(now))
                .update();
        return get(id);
    }

    /** Changes what the draft names; the key only when the draft carries a new one. */
    public void update(UUID id, ConnectionDraft draft) {
        int updated = jdbc.sql("update ai_connection set name = ?, kind = ?, base_url = ?, text_model = ?, embedding_model = ?, "
                + "monthly_budget_cents = ?, price_micros_per_unit = ? where id = ?")
                .params(draft.name(), draft.kind().name(), draft.baseUrl(), draft.textModel(), draft.embeddingModel(),
                        draft.monthlyBudgetCents(), draft.priceMicrosPerUnit(), id)
                .update();
        if (updated == 0) {
            throw new AiRefused.ConnectionNotFound();
        }
        if (draft.key() != null && !draft.key().isEmpty()) {
            jdbc.sql("update ai_connection set api_key = ?, has_key = ? where id = ?")
                    .params(cipher.seal(draft.key(), KEY.binding(id)), true, id).update();
        }
    }

    public void switchTo(UUID id, boolean enabled) {
        if (jdbc.sql("update ai_connection set enabled = ? where id = ?").params(enabled, id).update() == 0) {
            throw new AiRefused.ConnectionNotFound();
        }
    }

    public void delete(UUID id) {
        if (jdbc.sql("delete from ai_connection where id = ?").param(id).update() == 0) {
            throw new AiRefused.ConnectionNotFound();
        }
    }

    /** The connection's key in clear, for one call; empty when it has none. */
    String key(AiConnection connection) {
        if (!connection.hasKey()) {
            return "";
        }
        String sealed = jdbc.sql("select api_key from ai_connection where id = ?").param(connection.id())
                .query(String.class).optional().orElse(null);
        return sealed == null ? "" : cipher.open(sealed, KEY.binding(connection.id()));
    }

    private static AiConnection row(ResultSet row, int n) throws SQLException {
        return new AiConnection(row.getObject("id", UUID.class), row.getString("name"),
                ConnectionKind.valueOf(row.getString("kind")), row.getString("base_url"), row.getString("text_model"),
                row.getString("embedding_model"), row.getBoolean("has_key"), row.getBoolean("enabled"),
                row.getLong("monthly_budget_cents"), row.getLong("price_micros_per_unit"), SqlTime.instant(row, "created_at"));
    }
}
