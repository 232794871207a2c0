package com.mediapatch.messaging.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.mediapatch.identity.AccountId;
import com.mediapatch.messaging.MessagingPreferences;
import com.mediapatch.messaging.WhoMayMessage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Messaging preferences per member; members without a row have the defaults. */
@Repository
public class PreferenceStore {

    private final JdbcClient jdbc;

    PreferenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public MessagingPreferences of(AccountId account) {
        return jdbc.sql("select who_may_message, read_receipts from messaging_preference where account_id = ?")
                .param(account.value())
                .query((row, n) -> new MessagingPreferences(WhoMayMessage.valueOf(row.getString(1)), row.getBoolean(2)))
                .optional().orElse(MessagingPreferences.DEFAULT);
    }

    /** Who may message each of these members, in one query; members without a row have the default. */
    public Map<AccountId, WhoMayMessage> whoMayMessage(Collection<AccountId> accounts) {
        Map<AccountId, WhoMayMessage> rules = new HashMap<>();
        accounts.forEach(account -> rules.put(account, MessagingPreferences.DEFAULT.whoMayMessage()));
        if (!accounts.isEmpty()) {
            jdbc.sql("select account_id, who_may_message from messaging_preference where account_id in (:accounts)")
                    .param("accounts", accounts.stream().map(AccountId::value).toList())
                    .query((row, n) -> Map.entry(new AccountId(row.getObject(1, UUID.class)), WhoMayMessage.valueOf(row.getString(2))))
                    .list().forEach(rule -> rules.put(rule.getKey(), rule.getValue()));
        }
        return rules;
    }

    @Transactional
    public void save(AccountId account, MessagingPreferences preferences) {
        int updated = jdbc.sql("update messaging_preference set who_may_message = ?, read_receipts = ? where account_id = ?")
                .params(preferences.whoMayMessage().name(), preferences.readReceipts(), account.value()).update();
        if (updated == 0) {
            jdbc.sql("insert into messaging_preference (account_id, who_may_message, read_receipts) values (?, ?, ?) "
                    + "on conflict do nothing")
                    .params(account.value(), preferences.whoMayMessage().name(), preferences.readReceipts()).update();
        }
    }
}
