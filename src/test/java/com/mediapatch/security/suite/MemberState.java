package com.mediapatch.security.suite;

import java.util.List;
import java.util.Map;

import com.mediapatch.identity.AccountId;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Everything about a member an attacker might try to change, read straight from the database:
 * credentials, sessions, tokens, second factors, roles and profile. Equal snapshots before
 * and after a hostile request prove it changed nothing.
 */
record MemberState(Map<String, Object> account, int sessions, List<Object> activeTokens, List<Object> roles,
        int authenticators, int unusedRecoveryCodes, int passkeys, List<Map<String, Object>> profile) {

    static MemberState of(JdbcTemplate jdbc, AccountId account) {
        Object id = account.value();
        return new MemberState(
                jdbc.queryForMap("select email, password_hash, email_verified_at, password_changed_at, version, banned_at, suspended_until "
                        + "from identity_account where id = ?", id),
                count(jdbc, "select count(*) from identity_session where principal_name = ?", account.toString()),
                jdbc.queryForList("select id from identity_personal_token where account_id = ? and revoked_at is null "
                        + "order by id", Object.class, id),
                jdbc.queryForList("select role_name from identity_role_assignment where account_id = ? order by role_name",
                        Object.class, id),
                count(jdbc, "select count(*) from identity_totp where account_id = ?", id),
                count(jdbc, "select count(*) from identity_recovery_code where account_id = ? and used_at is null", id),
                count(jdbc, "select count(*) from user_credentials c join user_entities u on u.id = c.user_entity_user_id "
                        + "where u.name = ?", account.toString()),
                jdbc.queryForList("select handle, display_name, bio, visibility, photo_id, banner_id, updated_at, version "
                        + "from profiles_profile where account_id = ?", id));
    }

    private static int count(JdbcTemplate jdbc, String sql, Object parameter) {
        return jdbc.queryForObject(sql, Integer.class, parameter);
    }
}
