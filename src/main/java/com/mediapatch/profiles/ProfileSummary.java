package com.mediapatch.profiles;

import java.util.Locale;
import java.util.UUID;

import com.mediapatch.identity.AccountId;

/**
 * What other modules need to show a member: who, under which name, with which avatar.
 *
 * @param account the member's account
 * @param handle unique, URL-safe name
 * @param displayName chosen name
 * @param photo the id of the member's photo, or null when they have none
 */
public record ProfileSummary(AccountId account, String handle, String displayName, UUID photo) {

    /** A member without a photo. */
    public ProfileSummary(AccountId account, String handle, String displayName) {
        this(account, handle, displayName, null);
    }

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

    /** Where the small square photo for lists and cards is served, or null without a photo. */
    public String smallPhotoPath() {
        return photoPath(ProfileImageSize.PHOTO_SMALL);
    }

    /** Where the square photo of the given size is served, or null without a photo. */
    public String photoPath(ProfileImageSize size) {
        return photo == null ? null : ProfileRoutes.image(handle, photo, size);
    }
}
