package com.mediapatch.ai.internal;

import java.util.Set;

/** Who may use a capability: every signed-in member, or God accounts only (while an operator tries it out). */
public enum Audience {

    MEMBERS("Every signed-in member", "ROLE_MEMBER"),
    GODS("God accounts only", "ROLE_GOD");

    private final String label;
    private final String authority;

    Audience(String label, String authority) {
        this.label = label;
        this.authority = authority;
    }

    public String label() {
        return label;
    }

    public boolean admits(Set<String> authorities) {
        return authorities.contains(authority) || authorities.contains("ROLE_GOD");
    }
}
