package com.mediapatch.profiles.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.mediapatch.identity.AccountId;
import com.mediapatch.profiles.Visibility;

/**
 * Which profiles a viewer may find in the directory, as SQL: public ones (and members-only ones for
 * members), friends-only ones of their friends, never those cut off by a block. The index asks the
 * same in {@link ProfileSearch}; its rows are read back through this clause again.
 */
final class DirectoryVisibility {

    /** The condition on {@code p}, the profile; its parameters come from {@link #parameters}. */
    static final String WHERE = "(p.visibility IN (:visible) OR p.account_id IN (:friends)) AND p.account_id NOT IN (:hidden)";

    private static final UUID NOBODY = new UUID(0, 0);

    private DirectoryVisibility() {
    }

    static List<Visibility> visibleTo(AccountId viewer) {
        return viewer == null ? List.of(Visibility.EVERYONE) : List.of(Visibility.EVERYONE, Visibility.MEMBERS);
    }

    /** Friends count only for a signed-in viewer. */
    static Set<AccountId> friendsOf(AccountId viewer, Set<AccountId> friends) {
        return viewer == null ? Set.of() : friends;
    }

    static Map<String, Object> parameters(AccountId viewer, Set<AccountId> friends, Set<AccountId> hidden) {
        return Map.of("visible", visibleTo(viewer).stream().map(Enum::name).toList(),
                "friends", idsOrNobody(friendsOf(viewer, friends)), "hidden", idsOrNobody(hidden));
    }

    /** An IN list is never empty: an id no account has stands for nobody. */
    private static List<UUID> idsOrNobody(Set<AccountId> accounts) {
        return accounts.isEmpty() ? List.of(NOBODY) : accounts.stream().map(AccountId::value).toList();
    }
}
