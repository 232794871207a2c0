package com.mediapatch.identity.web;

import com.mediapatch.shared.web.FormErrors;

/**
 * The steps of a password reset.
 *
 * @param stage which step
 * @param email address asked for, or the account's address when choosing the new password
 * @param token the live reset token, when choosing the new password
 * @param problem why the link cannot be used, or null
 * @param errors problems with the new password
 */
public record PasswordResetPage(Stage stage, String email, String token, String problem, FormErrors errors) {

    /** Where in the reset the person is. */
    public enum Stage {
        ASK, SENT, CHOOSE, LINK_INVALID
    }
}
