package com.mediapatch.identity;

/**
 * Why a member's access ends, and the rule for what each reason ends. Every path that ends access goes
 * through this one rule table, so what an action ends is decided here and nowhere else.
 *
 * <pre>
 * reason               web sessions      refresh tokens  personal tokens  live connections
 * SESSIONS_ENDED       all               yes             yes              yes
 * RESTRICTED           all               yes             yes              yes
 * PASSWORD_RESET       all               yes             yes              yes
 * SECOND_FACTOR_RESET  all               yes             yes              yes
 * ROLE_REVOKED         all               yes             yes              yes
 * ROLE_GRANTED         all               no              no               yes
 * PASSWORD_CHANGED     all but current   yes             no               yes
 * EMAIL_CHANGED        all but current   yes             no               yes
 * SECOND_FACTOR_ADDED  all but current   yes             no               yes
 * </pre>
 *
 * The reasoning: when the account may have been in other hands (God ends its sessions, it is suspended or
 * banned, its password is reset through the mailbox, its second factors are removed) or its holder is losing
 * rights (a role taken away, often after misuse), everything it holds ends. A role given only needs the web
 * sessions to end, which carry role rights; API tokens never carry roles, only scopes, so they keep working.
 * When the member changes their own password or address from a signed-in session, that session proved the
 * current password and stays; every other session and every refresh token (what apps signed in with) ends.
 * Personal tokens stay then: the member made each on purpose, sees them on the tokens page and can revoke
 * them there, and a routine password change should not break their scripts; a reset ends them. Turning
 * on an authenticator app ends the same: sessions and refresh tokens obtained without it.
 * Passkey ceremonies are kept per web session and end with it; live connections are closed on every node
 * (the current tab's reconnects at once).
 */
public enum EndAccessReason {

    /** God Mode (or the console) ended the member's sessions. */
    SESSIONS_ENDED(false, true, true),
    /** Suspended or banned. */
    RESTRICTED(false, true, true),
    /** The password was reset through a mailed link: whoever had the account may still hold tokens. */
    PASSWORD_RESET(false, true, true),
    /** God Mode removed the authenticator, recovery codes and passkeys. */
    SECOND_FACTOR_RESET(false, true, true),
    /** A role was taken away: nothing signed in with the old rights survives. */
    ROLE_REVOKED(false, true, true),
    /** A role was given: web sessions end so the new rights apply from the next sign-in. */
    ROLE_GRANTED(false, false, false),
    /** The member changed their own password, proving the old one, from the session that stays. */
    PASSWORD_CHANGED(true, true, false),
    /** The member moved the account to a new address, confirmed from the session that stays. */
    EMAIL_CHANGED(true, true, false),
    /** The member turned on an authenticator app: what signed in without it ends, except the session that did it. */
    SECOND_FACTOR_ADDED(true, true, false);

    private final boolean keepsCurrentSession;
    private final boolean endsRefreshTokens;
    private final boolean endsPersonalTokens;

    EndAccessReason(boolean keepsCurrentSession, boolean endsRefreshTokens, boolean endsPersonalTokens) {
        this.keepsCurrentSession = keepsCurrentSession;
        this.endsRefreshTokens = endsRefreshTokens;
        this.endsPersonalTokens = endsPersonalTokens;
    }

    /** Whether the web session that asked for the change stays signed in; every other one ends. */
    public boolean keepsCurrentSession() {
        return keepsCurrentSession;
    }

    public boolean endsRefreshTokens() {
        return endsRefreshTokens;
    }

    public boolean endsPersonalTokens() {
        return endsPersonalTokens;
    }

    /** Live connections are closed on every node when AccessEnded is published. */
    public boolean endsLiveConnections() {
        return true;
    }
}
