package com.mediapatch.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the sign-up form sends. Password rules beyond presence live in PasswordPolicy.
 *
 * @param email address to sign in with and verify
 * @param displayName how others will see the member at first
 * @param password chosen password
 */
public record SignUpForm(
        @NotBlank(message = "Enter your email address.") @Email(message = "Enter a valid email address, like name@example.com.")
        @Size(max = 254, message = "Use at most 254 characters.") String email,
        @NotBlank(message = "Enter the name others will see.") @Size(max = 80, message = "Use at most 80 characters.")
        String displayName,
        @NotBlank(message = "Choose a password.") String password) {

    static SignUpForm empty() {
        return new SignUpForm("", "", "");
    }
}
