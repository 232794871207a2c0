package com.mediapatch.identity.web;

import jakarta.validation.constraints.NotBlank;

/**
 * Changing the password from settings; every other session ends with it.
 *
 * @param currentPassword proves it is really the member at the keyboard
 * @param newPassword the replacement
 */
public record PasswordChangeForm(
        @NotBlank(message = "Enter your current password.") String currentPassword,
        @NotBlank(message = "Choose a new password.") String newPassword) {
}
