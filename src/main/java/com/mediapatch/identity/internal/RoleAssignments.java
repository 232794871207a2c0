package com.mediapatch.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.mediapatch.identity.EndAccessReason;
import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.Member;
import com.mediapatch.identity.RoleChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Giving and taking roles. Moderator needs {@code roles.assign}, admin needs
 * {@code roles.assign-admin} (God only), and god is never assigned: it comes from the
 * operator's configuration. A changed member is signed out everywhere so their new
 * rights apply from their next sign-in; taking a role away also ends their API tokens
 * (the rule of {@link EndAccessReason}).
 */
@Service
public class RoleAssignments {

    static final Set<String> ASSIGNABLE = Set.of("moderator", "admin");

    private final JdbcTemplate jdbc;
    private final AccountRepository accounts;
    private final AccessEnding access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoleAssignments(JdbcTemplate jdbc, AccountRepository accounts, AccessEnding access,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** One role held by one account. */
    public record Assignment(AccountId account, String email, String role, Instant since) {
    }

    /** The roles assigned to an account, whether or not they are in force. */
    @Transactional(readOnly = true)
    public List<String> assignedTo(AccountId account) {
        return jdbc.queryForList("select role_name from identity_role_assignment where account_id = ? order by role_name",
                String.class, account.value());
    }

    @PreAuthorize("hasAuthority('roles.assign')")
    @Transactional(readOnly = true)
    public List<Assignment> all() {
        return jdbc.query("select a.account_id, i.email, a.role_name, a.assigned_at from identity_role_assignment a "
                + "join identity_account i on i.id = a.account_id order by a.role_name, i.email",
                (row, n) -> new Assignment(new AccountId(row.getObject(1, UUID.class)), row.getString(2),
                        row.getString(3), row.getTimestamp(4).toInstant()));
    }

    @PreAuthorize("hasAuthority('roles.assign')")
    @Transactional
    public void grant(Member by, String email, String role) {
        checkAllowed(by, role);
        Account account = accounts.findByEmail(Account.normalize(email))
                .orElseThrow(() -> new RoleChangeRefused.NoAccountWithEmail(email));
        add(by, account.id(), role);
    }

    /** As {@link #grant(Member, String, String)}, for an account God Mode already found. */
    @PreAuthorize("hasAuthority('roles.assign')")
    @Transactional
    public void grant(Member by, AccountId account, String role) {
        checkAllowed(by, role);
        add(by, account, role);
    }

    private void add(Member by, AccountId account, String role) {
        int added = jdbc.update("insert into identity_role_assignment (account_id, role_name, assigned_by, assigned_at) "
                + "select ?, ?, ?, ? where not exists (select 1 from identity_role_assignment where account_id = ? and role_name = ?)",
                account.value(), role, by.id().value(), Timestamp.from(clock.instant()), account.value(), role);
        if (added > 0) {
            changed(account, role, true, by);
        }
    }

    @PreAuthorize("hasAuthority('roles.assign')")
    @Transactional
    public void revoke(Member by, AccountId account, String role) {
        checkAllowed(by, role);
        if (jdbc.update("delete from identity_role_assignment where account_id = ? and role_name = ?", account.value(), role) > 0) {
            changed(account, role, false, by);
        }
    }

    private void changed(AccountId account, String role, boolean granted, Member by) {
        access.end(account, granted ? EndAccessReason.ROLE_GRANTED : EndAccessReason.ROLE_REVOKED);
        events.publishEvent(new RoleChanged(account, role, granted, by.id(), clock.instant()));
    }

    private static void checkAllowed(Member by, String role) {
        if ("god".equals(role)) {
            throw new RoleChangeRefused.GodRoleFromConfigurationOnly();
        }
        if (!ASSIGNABLE.contains(role)) {
            throw new RoleChangeRefused.NoSuchRole(role);
        }
        if ("admin".equals(role) && !by.can("roles.assign-admin")) {
            throw new RoleChangeRefused.AdminRoleNeedsGod();
        }
    }
}
