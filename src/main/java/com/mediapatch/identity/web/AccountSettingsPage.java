package com.mediapatch.identity.web;

import com.mediapatch.shared.web.FormErrors;

/** Account settings: the sign-in email and the password change form. */
public record AccountSettingsPage(String email, FormErrors errors, int minPasswordLength) {
}
