package com.mediapatch.profiles.web;

/**
 * A member's public profile page, or why it cannot be shown.
 *
 * @param profile what to show, or null when hidden
 * @param own whether the viewer is looking at their own profile
 * @param hiddenBecause null when shown; otherwise PRIVATE (friends only) or BLOCKED (the viewer blocked the owner)
 * @param handle the handle asked for
 * @param connectable whether a signed-in member looks at someone else's profile, so connection actions apply
 */
public record MemberProfilePage(ProfileView profile, boolean own, String hiddenBecause, String handle,
        boolean connectable) {
}
