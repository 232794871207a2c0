package com.mediapatch.identity.web;

import com.mediapatch.shared.web.FormErrors;

/** The sign-up form, with what was typed and what is wrong with it. */
public record SignUpPage(SignUpForm form, FormErrors errors, int minPasswordLength) {
}
