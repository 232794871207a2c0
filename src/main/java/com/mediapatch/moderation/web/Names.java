package com.mediapatch.moderation.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import com.mediapatch.identity.AccountId;
import com.mediapatch.moderation.internal.CaseFile;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.profiles.Profiles;

import org.springframework.stereotype.Component;

/** Members and case targets in words for the moderation pages. */
@Component
class Names {

    private final Profiles profiles;

    Names(Profiles profiles) {
        this.profiles = profiles;
    }

    String of(AccountId account) {
        return named(profiles.of(account).orElse(null));
    }

    /** The names of these members in one query. */
    Map<AccountId, String> of(Collection<AccountId> accounts) {
        Map<AccountId, ProfileSummary> found = profiles.summaries(accounts);
        Map<AccountId, String> names = new HashMap<>();
        accounts.forEach(account -> names.put(account, named(found.get(account))));
        return names;
    }

    String about(CaseFile.Case file) {
        return about(file, this::of);
    }

    /** What the case is about, naming a reported member through {@code name}. */
    String about(CaseFile.Case file, Function<AccountId, String> name) {
        return switch (file.targetType()) {
            case MEMBER -> "Member " + name.apply(new AccountId(file.targetId()));
            case MESSAGE -> "Message " + file.targetId();
            case CONVERSATION -> "Conversation " + file.targetId();
            case CONTRIBUTED -> Character.toUpperCase(file.kind().charAt(0)) + file.kind().substring(1) + " " + file.targetId();
        };
    }

    private static String named(ProfileSummary profile) {
        return profile == null ? "a former member" : profile.displayName() + " (@" + profile.handle() + ")";
    }
}
