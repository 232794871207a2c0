package com.mediapatch.messaging;

/** A member's role in a conversation; direct conversations have members only. */
public enum Role {
    OWNER, ADMIN, MEMBER;

    /** Owners and admins rename the group and remove members. */
    public boolean manages() {
        return this != MEMBER;
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
