package com.mediapatch.identity;

/**
 * Why a member's access ends, and the rule for what each reason ends. Web sessions, refresh
 * tokens, passkey ceremonies (kept per web session, so they go with it) and live connections
 * (opened by a web session) end for every reason. Personal access tokens, which a member makes
 * on purpose for their own scripts, end too: every reason here means the account may have been in
 * other hands or its permissions changed.
 *
 * <pre>
 * reason               web sessions  refresh tokens  personal tokens  passkey ceremonies  live connections
 * SESSIONS_ENDED       yes           yes             yes              yes                 yes
 * ROLE_CHANGED         yes           yes             yes              yes                 yes
 * RESTRICTED           yes           yes             yes              yes                 yes
 * PASSWORD_RESET       yes           yes             yes              yes                 yes
 * SECOND_FACTOR_RESET  yes           yes             yes              yes                 yes
 * </pre>
 */
public enum EndAccessReason {

    /** God Mode (or the console) ended the member's sessions. */
    SESSIONS_ENDED(true),
    /** A role was given or taken: permissions held by open sessions and tokens are stale. */
    ROLE_CHANGED(true),
    /** Suspended or banned. */
    RESTRICTED(true),
    /** The password was reset through a mailed link: whoever had the account may still hold tokens. */
    PASSWORD_RESET(true),
    /** The authenticator, recovery codes and passkeys were removed. */
    SECOND_FACTOR_RESET(true);

    private final boolean endsPersonalTokens;

    EndAccessReason(boolean endsPersonalTokens) {
        this.endsPersonalTokens = endsPersonalTokens;
    }

    public boolean endsWebSessions() {
        return true;
    }

    public boolean endsRefreshTokens() {
        return true;
    }

    public boolean endsPersonalTokens() {
        return endsPersonalTokens;
    }

    /** Ceremonies are stored per web session and are unreachable once it ends. */
    public boolean endsPasskeyCeremonies() {
        return endsWebSessions();
    }

    /** Live connections are closed on every node when AccessEnded is published. */
    public boolean endsLiveConnections() {
        return true;
    }
}
