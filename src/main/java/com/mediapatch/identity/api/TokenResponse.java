package com.mediapatch.identity.api;

import com.mediapatch.identity.internal.ApiTokens.TokenPair;

/**
 * Tokens for an API client, in the OAuth 2 field names clients expect.
 *
 * @param access_token signed JWT to send as {@code Authorization: Bearer}
 * @param refresh_token single-use token to get the next pair
 * @param token_type always Bearer
 * @param expires_in seconds until the access token expires
 */
record TokenResponse(String access_token, String refresh_token, String token_type, long expires_in) {

    static TokenResponse of(TokenPair pair) {
        return new TokenResponse(pair.accessToken(), pair.refreshToken(), "Bearer", pair.expiresIn());
    }
}
