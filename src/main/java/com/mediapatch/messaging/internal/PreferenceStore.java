package com.mediapatch.messaging.internal;

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
