package com.mediapatch.profiles.web;

/**
 * A member's public profile page, or why it cannot be shown.
 *
 * @param profile what to show, or null when hidden
 * @param own whether the viewer is looking at their own profile
 * @param hiddenBecause null when shown; otherwise SIGN_IN or PRIVATE
 * @param handle the handle asked for
 */
public record MemberProfilePage(ProfileView profile, boolean own, String hiddenBecause, String handle) {
}
