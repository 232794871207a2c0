package com.mediapatch.identity.web;

/**
 * The steps of proving an address: mail sent, confirm this link, or the link is dead.
 *
 * @param stage which step this is
 * @param email the address concerned, when known
 * @param token the token to confirm, at the CONFIRM stage
 * @param problem why the link cannot be used, at the LINK_INVALID stage
 */
public record VerifyEmailPage(Stage stage, String email, String token, String problem) {

    /** Where in the verification the person is. */
    public enum Stage {
        SENT, CONFIRM, LINK_INVALID, RESENT
    }
}
