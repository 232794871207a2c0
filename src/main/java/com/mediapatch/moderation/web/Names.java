package com.mediapatch.moderation.web;

import com.mediapatch.identity.AccountId;
import com.mediapatch.moderation.internal.CaseFile;
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
        return profiles.of(account).map(p -> p.displayName() + " (@" + p.handle() + ")").orElse("a former member");
    }

    String about(CaseFile.Case file) {
        return switch (file.targetType()) {
            case MEMBER -> "Member " + of(new AccountId(file.targetId()));
            case MESSAGE -> "Message " + file.targetId();
            case CONVERSATION -> "Conversation " + file.targetId();
        };
    }
}
