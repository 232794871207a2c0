package com.mediapatch.identity.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A refresh token presented to rotate or revoke it. */
record RefreshRequest(@NotBlank @Size(max = 200) String refreshToken) {
}
