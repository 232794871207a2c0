package com.mediapatch.godmode.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import com.mediapatch.audit.AuditEntry;
import com.mediapatch.identity.AccountId;
import com.mediapatch.profiles.Profiles;

import org.springframework.stereotype.Component;

/** "@handle" for the members audit entries name ("member:id") as actors or targets, found with one profile query per page. */
@Component
public class ActorNames {

    private static final String MEMBER = "member:";

    private final Profiles profiles;

    ActorNames(Profiles profiles) {
        this.profiles = profiles;
    }

    /** Stored reference (actor, acting-as actor, target) to "@handle", for every member with a profile the entries name. */
    public Map<String, String> of(Collection<AuditEntry> entries) {
        Map<AccountId, String> actors = new HashMap<>();
        entries.stream().flatMap(entry -> Stream.of(entry.actor(), entry.effectiveActor(), entry.target())).filter(Objects::nonNull)
                .forEach(actor -> memberAccount(actor).ifPresent(account -> actors.put(account, actor)));
        Map<String, String> names = new HashMap<>();
        if (!actors.isEmpty()) {
            profiles.summaries(actors.keySet()).forEach((account, profile) -> names.put(actors.get(account), "@" + profile.handle()));
        }
        return names;
    }

    private static Optional<AccountId> memberAccount(String actor) {
        if (!actor.startsWith(MEMBER)) {
            return Optional.empty();
        }
        try {
            return Optional.of(AccountId.valueOf(actor.substring(MEMBER.length())));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty(); // stored as written; shown as is
        }
    }
}
