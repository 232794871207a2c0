package com.mediapatch.identity.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.mediapatch.identity.AccountId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Works out what a member may do at sign-in: their roles and those roles' permissions.
 * Privileged roles (moderator, admin, god) count only for sign-ins with a second factor or
 * a passkey, and god
 * only for the verified addresses in {@code mediapatch.god.emails}: it is never assigned.
 */
@Component
@EnableConfigurationProperties(Authorities.GodProperties.class)
public class Authorities {

    private final JdbcTemplate jdbc;
    private final GodProperties gods;

    Authorities(JdbcTemplate jdbc, GodProperties gods) {
        this.jdbc = jdbc;
        this.gods = gods;
    }

    /**
     * The God accounts of this installation ({@code mediapatch.god.emails}).
     *
     * @param emails addresses whose verified, two-step accounts hold God Mode
     */
    @ConfigurationProperties("mediapatch.god")
    record GodProperties(@DefaultValue({"philiptowan@gmail.com", "octofiend@gmail.com"}) List<String> emails) {

        boolean includes(String email) {
            return emails.stream().anyMatch(god -> god.strip().toLowerCase(Locale.ROOT).equals(email));
        }
    }

    /**
     * The authorities of a sign-in. {@code strongSignIn} is true when it used a second
     * factor (an authenticator code) or a passkey; only such sign-ins get privileged roles.
     */
    /** Whether {@code email} is one of this installation's God addresses. */
    public boolean isGodEmail(String email) {
        return gods.includes(Account.normalize(email));
    }

    public Set<String> of(AccountId account, String email, boolean emailVerified, boolean strongSignIn) {
        boolean twoStep = strongSignIn;
        Set<String> roles = new HashSet<>(Set.of("member"));
        jdbc.queryForList("select a.role_name from identity_role_assignment a join identity_role r on r.name = a.role_name "
                + "where a.account_id = ? and a.role_name <> 'god' and (r.privileged = false or ?)", String.class, account.value(), twoStep)
                .forEach(roles::add);
        if (twoStep && emailVerified && gods.includes(email)) {
            roles.add("god");
        }
        Set<String> authorities = new HashSet<>();
        for (String role : roles) {
            authorities.add("ROLE_" + role.toUpperCase(Locale.ROOT));
            authorities.addAll(jdbc.queryForList("select permission_name from identity_role_permission where role_name = ?",
                    String.class, role));
        }
        return authorities;
    }
}
