package com.mediapatch.identity.web;

/**
 * The second step of signing in.
 *
 * @param problem why the last code was refused, or null
 * @param authenticator whether the member can type an authenticator or recovery code
 * @param passkey whether the member can confirm with a passkey instead
 */
public record CodeSignInPage(String problem, boolean authenticator, boolean passkey) {
}
