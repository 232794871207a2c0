package com.mediapatch.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;

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
 */
public record Member(AccountId id, String email, boolean emailVerified, String passwordHash)
        implements UserDetails, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_MEMBER"));
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
        return new Member(id, email, emailVerified, null);
    }
}
