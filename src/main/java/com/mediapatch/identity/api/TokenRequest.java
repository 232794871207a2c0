package com.mediapatch.identity.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Credentials exchanged for tokens.
 *
 * @param email the account's email
 * @param password its password
 * @param code authenticator or recovery code, required when two-step sign-in is on
 */
record TokenRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 1024) String password,
        @Size(max = 32) String code) {
}
