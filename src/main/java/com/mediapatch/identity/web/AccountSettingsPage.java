package com.mediapatch.identity.web;

import com.mediapatch.shared.web.FormErrors;

/**
 * Account settings: the sign-in email with its change form, and the password change form.
 *
 * @param email the current sign-in address
 * @param errors problems with the last submitted form
 * @param minPasswordLength shown in the password hint
 * @param newEmail what was typed as the new address
 */
public record AccountSettingsPage(String email, FormErrors errors, int minPasswordLength, String newEmail) {
}
