package com.mediapatch.identity.web;

/**
 * The sign-in form.
 *
 * @param email what was typed last time, to type it only once
 * @param problem what went wrong with the last attempt, or null
 * @param offerResend whether to offer a new verification mail
 */
public record SignInPage(String email, String problem, boolean offerResend) {

    static SignInPage after(String error, String email, Integer minutes, String restriction) {
        if (error == null) {
            return new SignInPage(email, null, false);
        }
        return switch (error) {
            case "throttled" -> new SignInPage(email, "Too many failed attempts. Try again in "
                    + (minutes == null ? 15 : minutes) + " minute" + (minutes != null && minutes == 1 ? "" : "s")
                    + ", or reset your password.", false);
            case "restricted" -> new SignInPage(email, restriction == null ? "This account may not sign in right now." : restriction, false);
            case "unverified_email" -> new SignInPage(email,
                    "Please confirm your email address first: open the link we mailed you.", true);
            default -> new SignInPage(email, "That email and password don't match an account.", false);
        };
    }
}
