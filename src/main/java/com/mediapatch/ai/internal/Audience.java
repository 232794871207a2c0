package com.mediapatch.ai.internal;

import java.util.Set;

/**
 * Who may use a capability: every signed-in member, the site's moderators and admins, its admins, or God accounts
 * only (while an operator tries it out). God accounts are always let in.
 */
public enum Audience {

    MEMBERS("Every signed-in member", Set.of("ROLE_MEMBER")),
    MODERATORS("Moderators and admins", Set.of("ROLE_MODERATOR", "ROLE_ADMIN")),
    ADMINS("Admins only", Set.of("ROLE_ADMIN")),
    GODS("God accounts only", Set.of());

    private final String label;
    private final Set<String> roles;

    Audience(String label, Set<String> roles) {
        this.label = label;
        this.roles = roles;
    }

    public String label() {
        return label;
    }

    public boolean admits(Set<String> authorities) {
        return authorities.contains("ROLE_GOD") || roles.stream().anyMatch(authorities::contains);
    }
}
