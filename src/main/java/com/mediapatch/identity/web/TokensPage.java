package com.mediapatch.identity.web;

import java.util.List;

import com.mediapatch.identity.ApiScope;
import com.mediapatch.identity.internal.PersonalToken;
import com.mediapatch.identity.internal.PersonalTokens;

/**
 * Personal access tokens in settings.
 *
 * @param tokens the member's live tokens
 * @param scopes every scope a token may be given
 * @param created a token just made, shown once, or null
 * @param problem why the last request was refused, or null
 */
public record TokensPage(List<PersonalToken> tokens, List<ApiScope> scopes, String created, String problem) {

    public List<Integer> lifetimes() {
        return PersonalTokens.LIFETIMES_IN_DAYS;
    }
}
