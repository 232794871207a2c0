package com.mediapatch.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in member as handlers see it ({@code @AuthenticationPrincipal Member me}). Its
 * username is the account id, so renaming an email never orphans a session.
 *
 * @param id the account
 * @param email the address the member signs in with
 * @param emailVerified whether the address has been confirmed by link
 * @param passwordHash only present while authenticating; erased afterwards
 * @param authorities roles (ROLE_...) and permissions in force for this sign-in
 */
public record Member(AccountId id, String email, boolean emailVerified, String passwordHash, Set<String> authorities)
        implements UserDetails, Serializable {

    public Member {
        authorities = Set.copyOf(authorities);
    }

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities.stream().map(SimpleGrantedAuthority::new).toList();
    }

    public boolean can(String permission) {
        return authorities.contains(permission);
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return id.toString();
    }

    /** The same member with the password hash dropped, as kept in the session. */
    public Member withoutPassword() {
        return new Member(id, email, emailVerified, null, authorities);
    }

    /** The same member with the authorities of this sign-in. */
    public Member withAuthorities(Set<String> granted) {
        return new Member(id, email, emailVerified, passwordHash, granted);
    }
}
