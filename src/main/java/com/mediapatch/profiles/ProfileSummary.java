package com.mediapatch.profiles;

import java.util.Locale;

import com.mediapatch.identity.AccountId;

/**
 * What other modules need to show a member: who, under which name, with which avatar.
 *
 * @param account the member's account
 * @param handle unique, URL-safe name
 * @param displayName chosen name
 */
public record ProfileSummary(AccountId account, String handle, String displayName) {

    /** One or two letters for the avatar placeholder. */
    public String initials() {
        String[] words = displayName.strip().split("\\s+");
        String first = words[0].isEmpty() ? "?" : words[0].substring(0, 1);
        String second = words.length > 1 ? words[words.length - 1].substring(0, 1) : "";
        return (first + second).toUpperCase(Locale.ROOT);
    }

    /** One of twelve stable colours per member, so placeholders are told apart at a glance. */
    public int avatarTone() {
        return Math.floorMod(handle.hashCode(), 12);
    }

    public String path() {
        return ProfileRoutes.MEMBERS + "/" + handle;
    }
}
