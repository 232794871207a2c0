package com.mediapatch.notifications.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import com.mediapatch.identity.AccountId;
import com.mediapatch.notifications.Delivery;
import com.mediapatch.notifications.NotificationKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Each member's delivery choice per kind; kinds they never chose use the kind's default. */
@Component
public class NotificationPreferences {

    private final JdbcClient jdbc;
    private final NotificationKinds kinds;

    NotificationPreferences(JdbcClient jdbc, NotificationKinds kinds) {
        this.jdbc = jdbc;
        this.kinds = kinds;
    }

    /** Every declared kind with the member's choice, in settings order. */
    public Map<NotificationKind, Delivery> of(AccountId account) {
        Map<NotificationKind, Delivery> choices = new LinkedHashMap<>();
        for (NotificationKind kind : kinds.all()) {
            choices.put(kind, kind.byDefault());
        }
        jdbc.sql("select kind, delivery from notifications_preference where account = ?").param(account.value())
                .query((rs, n) -> Map.entry(rs.getString("kind"), rs.getString("delivery"))).list()
                .forEach(row -> kinds.ofSlug(row.getKey())
                        .ifPresent(kind -> choices.put(kind, Delivery.valueOf(row.getValue()))));
        return choices;
    }

    public Delivery of(AccountId account, NotificationKind kind) {
        return of(account).get(kind);
    }

    /** Stores the given choices; kinds not mentioned keep theirs. */
    @Transactional
    public void choose(AccountId account, Map<NotificationKind, Delivery> choices) {
        choices.forEach((kind, delivery) -> {
            jdbc.sql("delete from notifications_preference where account = ? and kind = ?")
                    .params(account.value(), kind.slug()).update();
            jdbc.sql("insert into notifications_preference (account, kind, delivery) values (?, ?, ?)")
                    .params(account.value(), kind.slug(), delivery.name()).update();
        });
    }
}
