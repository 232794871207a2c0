package com.mediapatch.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.mediapatch.identity.AccountFilter;
import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.AccountOverview;
import com.mediapatch.identity.AccountPage;
import com.mediapatch.identity.Restriction;
import com.mediapatch.shared.SqlLike;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads account overviews for God Mode in two queries a page whatever its size: the accounts (newest first, walked
 * from a cursor account, searched by the start of the lower-cased address through an index) and their roles.
 */
@Component
public class AccountDirectory {

    private static final String SELECT = "select a.id, a.email, a.email_verified_at, a.created_at, a.suspended_until, a.banned_at, "
            + "a.restriction_reason, exists (select 1 from identity_totp t where t.account_id = a.id), "
            + "(select count(*) from user_entities u join user_credentials c on c.user_entity_user_id = u.id "
            + "where u.name = cast(a.id as varchar(36))), "
            + "(select count(*) from identity_session s where s.principal_name = cast(a.id as varchar(36)) and s.expiry_time > ?), "
            + "(select max(x.attempted_at) from identity_sign_in_attempt x where x.email = a.email and x.succeeded) "
            + "from identity_account a ";

    private final JdbcTemplate jdbc;
    private final JdbcClient client;
    private final Clock clock;

    AccountDirectory(JdbcTemplate jdbc, JdbcClient client, Clock clock) {
        this.jdbc = jdbc;
        this.client = client;
        this.clock = clock;
    }

    /**
     * Accounts whose address starts with {@code query}, newest first, after (older than) or before (newer than) the
     * given account; a cursor account that is gone starts again from the newest.
     */
    @Transactional(readOnly = true)
    public AccountPage search(String query, AccountFilter filter, AccountId after, AccountId before, int size) {
        String prefix = SqlLike.startingWith(query);
        AccountId cursor = after != null ? after : before;
        boolean backwards = after == null && before != null;
        List<Object> parameters = new ArrayList<>(List.of(clock.instant().toEpochMilli(), prefix));
        if (filter == AccountFilter.RESTRICTED) {
            parameters.add(Timestamp.from(clock.instant()));
        }
        String seek = "";
        if (cursor != null) {
            seek = "and (a.created_at, a.id) " + (backwards ? ">" : "<")
                    + " (select c.created_at, c.id from identity_account c where c.id = ?) ";
            parameters.add(cursor.value());
        }
        parameters.add(size + 1);
        List<AccountOverview> rows = new ArrayList<>(jdbc.query(SELECT + "where a.email like ? escape '!' " + condition(filter)
                + seek + (backwards ? "order by a.created_at, a.id " : "order by a.created_at desc, a.id desc ") + "limit ?",
                (RowMapper<AccountOverview>) this::row, parameters.toArray()));
        if (rows.isEmpty() && cursor != null) {
            return search(query, filter, null, null, size);
        }
        boolean more = rows.size() > size;
        List<AccountOverview> page = withRoles(new ArrayList<>(rows.subList(0, Math.min(size, rows.size()))));
        if (backwards) {
            Collections.reverse(page);
        }
        boolean hasNewer = backwards ? more : cursor != null;
        boolean hasOlder = backwards || more;
        return new AccountPage(page, hasNewer ? page.get(0).id() : null, hasOlder ? page.get(page.size() - 1).id() : null);
    }

    @Transactional(readOnly = true)
    public Optional<AccountOverview> overview(AccountId account) {
        return withRoles(jdbc.query(SELECT + "where a.id = ?", (RowMapper<AccountOverview>) this::row,
                clock.instant().toEpochMilli(), account.value())).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<AccountOverview> byEmail(String email) {
        return withRoles(jdbc.query(SELECT + "where a.email = ?", (RowMapper<AccountOverview>) this::row,
                clock.instant().toEpochMilli(), Account.normalize(email))).stream().findFirst();
    }

    private static String condition(AccountFilter filter) {
        return switch (filter) {
            case ALL -> "";
            case RESTRICTED -> "and (a.banned_at is not null or a.suspended_until > ?) ";
            case UNVERIFIED -> "and a.email_verified_at is null ";
            case PRIVILEGED -> "and exists (select 1 from identity_role_assignment r where r.account_id = a.id) ";
            case WITHOUT_TWO_STEP -> "and not exists (select 1 from identity_totp t where t.account_id = a.id) "
                    + "and not exists (select 1 from user_entities u where u.name = cast(a.id as varchar(36))) ";
        };
    }

    /** The roles of every account listed, in one query. */
    private List<AccountOverview> withRoles(List<AccountOverview> accounts) {
        if (accounts.isEmpty()) {
            return accounts;
        }
        Map<UUID, List<String>> roles = new HashMap<>();
        accounts.forEach(account -> roles.put(account.id().value(), account.roles()));
        client.sql("select account_id, role_name from identity_role_assignment where account_id in (:ids) order by role_name")
                .param("ids", roles.keySet())
                .query((row, n) -> Map.entry(row.getObject(1, UUID.class), row.getString(2))).list()
                .forEach(role -> roles.get(role.getKey()).add(role.getValue()));
        return accounts;
    }

    private AccountOverview row(ResultSet row, int n) throws SQLException {
        UUID id = row.getObject(1, UUID.class);
        Instant now = clock.instant();
        Instant suspendedUntil = instant(row.getTimestamp(5));
        Restriction restriction = row.getTimestamp(6) != null ? new Restriction(null, row.getString(7))
                : suspendedUntil != null && suspendedUntil.isAfter(now) ? new Restriction(suspendedUntil, row.getString(7)) : null;
        return new AccountOverview(new AccountId(id), row.getString(2), row.getTimestamp(3) != null, instant(row.getTimestamp(4)),
                restriction, row.getBoolean(8), row.getInt(9), new ArrayList<>(), row.getInt(10), instant(row.getTimestamp(11)));
    }


    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
