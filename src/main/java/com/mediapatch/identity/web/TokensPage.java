package com.mediapatch.identity.web;

import java.util.List;

import com.mediapatch.identity.ApiScope;
import com.mediapatch.identity.internal.PersonalToken;
import com.mediapatch.identity.internal.PersonalTokens;

/**
 * Personal access tokens in settings.
 *
 * @param tokens the member's live tokens
 * @param created a token just made, shown once, or null
 * @param problem why the last request was refused, or null
 */
public record TokensPage(List<PersonalToken> tokens, String created, String problem) {

    public List<ApiScope> scopes() {
        return List.of(ApiScope.values());
    }

    public List<Integer> lifetimes() {
        return PersonalTokens.LIFETIMES_IN_DAYS;
    }
}
