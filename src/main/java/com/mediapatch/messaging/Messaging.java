package com.mediapatch.messaging;

import java.util.List;
import java.util.UUID;

import com.mediapatch.identity.AccountId;
import com.mediapatch.messaging.internal.GroupChats;
import com.mediapatch.messaging.internal.Messenger;

import org.springframework.stereotype.Service;

/**
 * What other modules (demo data, for one) may do with messaging, under the same rules as
 * members: blocks, privacy settings and group invitations are checked.
 */
@Service
public class Messaging {

    private final Messenger messenger;
    private final GroupChats groups;

    Messaging(Messenger messenger, GroupChats groups) {
        this.messenger = messenger;
        this.groups = groups;
    }

    /** The pair's direct conversation, started if needed. */
    public UUID startDirect(AccountId me, AccountId other) {
        return messenger.startDirect(me, other);
    }

    /** Sends a message; returns its id. */
    public UUID send(UUID conversationId, AccountId author, String text) {
        return messenger.send(conversationId, author, text).id();
    }

    /** Creates a group owned by {@code owner} with friends of theirs; returns its id. */
    public UUID createGroup(AccountId owner, String name, List<AccountId> friends) {
        return groups.create(owner, name, friends);
    }

    /** The member's conversations, most recently active first. */
    public List<UUID> conversationsOf(AccountId member) {
        return messenger.conversationIds(member);
    }
}
