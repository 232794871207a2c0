package com.mediapatch.identity.web;

import jakarta.validation.constraints.NotBlank;

/**
 * Changing the password from settings.
 *
 * @param currentPassword proves it is really the member at the keyboard
 * @param newPassword the replacement
 * @param signOutOthers whether to end every other session at the same time
 */
public record PasswordChangeForm(
        @NotBlank(message = "Enter your current password.") String currentPassword,
        @NotBlank(message = "Choose a new password.") String newPassword,
        Boolean signOutOthers) {

    boolean endOtherSessions() {
        return Boolean.TRUE.equals(signOutOthers);
    }
}
