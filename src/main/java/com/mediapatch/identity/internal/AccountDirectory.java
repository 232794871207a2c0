package com.mediapatch.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.mediapatch.identity.AccountFilter;
import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.AccountOverview;
import com.mediapatch.identity.Restriction;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads account overviews for God Mode in one query per page (roles in a second). */
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
    private final Clock clock;

    AccountDirectory(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AccountOverview> search(String query, AccountFilter filter, int offset, int limit) {
        String pattern = "%" + escapeLike(query == null ? "" : query.strip().toLowerCase(Locale.ROOT)) + "%";
        return jdbc.query(SELECT + "where a.email like ? escape '!' " + condition(filter)
                + "order by a.created_at desc, a.id limit ? offset ?", (RowMapper<AccountOverview>) this::row,
                parameters(filter, clock.instant().toEpochMilli(), pattern, Math.min(limit, 100), Math.max(offset, 0)));
    }

    @Transactional(readOnly = true)
    public Optional<AccountOverview> overview(AccountId account) {
        return jdbc.query(SELECT + "where a.id = ?", (RowMapper<AccountOverview>) this::row, clock.instant().toEpochMilli(), account.value())
                .stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<AccountOverview> byEmail(String email) {
        return jdbc.query(SELECT + "where a.email = ?", (RowMapper<AccountOverview>) this::row, clock.instant().toEpochMilli(), Account.normalize(email))
                .stream().findFirst();
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

    private Object[] parameters(AccountFilter filter, long nowMillis, String pattern, int limit, int offset) {
        return filter == AccountFilter.RESTRICTED
                ? new Object[] {nowMillis, pattern, Timestamp.from(clock.instant()), limit, offset}
                : new Object[] {nowMillis, pattern, limit, offset};
    }

    private AccountOverview row(ResultSet row, int n) throws SQLException {
        UUID id = row.getObject(1, UUID.class);
        Instant now = clock.instant();
        Instant suspendedUntil = instant(row.getTimestamp(5));
        Restriction restriction = row.getTimestamp(6) != null ? new Restriction(null, row.getString(7))
                : suspendedUntil != null && suspendedUntil.isAfter(now) ? new Restriction(suspendedUntil, row.getString(7)) : null;
        List<String> roles = jdbc.queryForList("select role_name from identity_role_assignment where account_id = ? order by role_name",
                String.class, id);
        return new AccountOverview(new AccountId(id), row.getString(2), row.getTimestamp(3) != null, instant(row.getTimestamp(4)),
                restriction, row.getBoolean(8), row.getInt(9), roles, row.getInt(10), instant(row.getTimestamp(11)));
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
