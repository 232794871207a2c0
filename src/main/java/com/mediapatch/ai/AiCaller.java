package com.mediapatch.ai;

import java.util.Set;

import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.Member;

/**
 * On whose behalf an AI call is made: a member (their role decides access, their quota is counted, their usage
 * recorded), or the site itself for work no member asked for (no quota, recorded without a member).
 *
 * @param member the member, or null for the site
 * @param authorities the member's roles, empty for the site
 */
public record AiCaller(AccountId member, Set<String> authorities) {

    public static final AiCaller SITE = new AiCaller(null, Set.of());

    public AiCaller {
        authorities = Set.copyOf(authorities);
    }

    public static AiCaller of(Member member) {
        return new AiCaller(member.id(), member.authorities());
    }

    public boolean isSite() {
        return member == null;
    }
}
