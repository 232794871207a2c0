package com.mediapatch.messaging.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.mediapatch.identity.AccountId;
import com.mediapatch.messaging.Conversation;
import com.mediapatch.messaging.MessagingProblem;
import com.mediapatch.messaging.Participant;
import com.mediapatch.messaging.Role;
import com.mediapatch.social.SocialGraph;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Group chats: created with a name by their owner, who invites friends. Any member may invite
 * their own friends (never someone blocked either way); the owner and admins rename the group
 * and remove members; only the owner appoints admins. When the owner leaves, the longest-standing
 * admin (else member) becomes owner.
 */
@Service
public class GroupChats {

    public static final int MAX_NAME = 80;
    public static final int MAX_MEMBERS = 100;

    private final ConversationStore conversations;
    private final Messenger messenger;
    private final SocialGraph social;
    private final Clock clock;

    GroupChats(ConversationStore conversations, Messenger messenger, SocialGraph social, Clock clock) {
        this.conversations = conversations;
        this.messenger = messenger;
        this.social = social;
        this.clock = clock;
    }

    @Transactional
    public UUID create(AccountId owner, String name, List<AccountId> invitees) {
        String checked = name(name);
        if (invitees.size() + 1 > MAX_MEMBERS) {
            throw MessagingProblem.refused("A group has at most " + MAX_MEMBERS + " members.");
        }
        Instant now = clock.instant();
        UUID id = conversations.createGroup(checked, now);
        conversations.addMember(id, owner, Role.OWNER, now);
        for (AccountId invitee : invitees.stream().distinct().filter(i -> !i.equals(owner)).toList()) {
            checkInvitable(owner, invitee);
            conversations.addMember(id, invitee, Role.MEMBER, now);
        }
        return id;
    }

    @Transactional
    public void invite(UUID conversationId, AccountId me, AccountId invitee) {
        Conversation group = group(conversationId, me);
        if (group.hasMember(invitee)) {
            return;
        }
        if (group.participants().size() >= MAX_MEMBERS) {
            throw MessagingProblem.refused("A group has at most " + MAX_MEMBERS + " members.");
        }
        checkInvitable(me, invitee);
        conversations.addMember(conversationId, invitee, Role.MEMBER, clock.instant());
    }

    @Transactional
    public void remove(UUID conversationId, AccountId me, AccountId member) {
        Conversation group = group(conversationId, me);
        Role mine = group.participant(me).orElseThrow().role();
        Participant target = group.participant(member).orElseThrow(MessagingProblem::conversationNotFound);
        boolean allowed = mine == Role.OWNER ? !member.equals(me) : mine == Role.ADMIN && target.role() == Role.MEMBER;
        if (!allowed) {
            throw MessagingProblem.refused("Only the owner and admins remove members, and admins only remove members.");
        }
        conversations.removeMember(conversationId, member);
    }

    @Transactional
    public void setRole(UUID conversationId, AccountId me, AccountId member, Role role) {
        Conversation group = group(conversationId, me);
        if (group.participant(me).orElseThrow().role() != Role.OWNER || member.equals(me) || role == Role.OWNER) {
            throw MessagingProblem.refused("Only the owner appoints admins.");
        }
        group.participant(member).orElseThrow(MessagingProblem::conversationNotFound);
        conversations.setRole(conversationId, member, role);
    }

    @Transactional
    public void rename(UUID conversationId, AccountId me, String name) {
        Conversation group = group(conversationId, me);
        if (!group.participant(me).orElseThrow().role().manages()) {
            throw MessagingProblem.refused("Only the owner and admins rename the group.");
        }
        conversations.rename(conversationId, name(name));
    }

    /** Leaves the group; an owner hands the group to the longest-standing admin, else member. */
    @Transactional
    public void leave(UUID conversationId, AccountId me) {
        Conversation group = group(conversationId, me);
        conversations.removeMember(conversationId, me);
        if (group.participant(me).orElseThrow().role() == Role.OWNER) {
            List<Participant> rest = group.participants().stream().filter(p -> !p.account().equals(me)).toList();
            Optional<Participant> heir = rest.stream().filter(p -> p.role() == Role.ADMIN).findFirst()
                    .or(() -> rest.stream().findFirst());
            heir.ifPresent(next -> conversations.setRole(conversationId, next.account(), Role.OWNER));
        }
    }

    private Conversation group(UUID conversationId, AccountId me) {
        Conversation conversation = messenger.conversation(conversationId, me);
        if (!conversation.isGroup()) {
            throw MessagingProblem.conversationNotFound();
        }
        return conversation;
    }

    private void checkInvitable(AccountId inviter, AccountId invitee) {
        if (social.blockedBetween(inviter, invitee) || !social.areFriends(inviter, invitee)) {
            throw MessagingProblem.refused("You can only add your friends to a group.");
        }
    }

    private static String name(String name) {
        String checked = name == null ? "" : name.strip();
        if (checked.isEmpty() || checked.length() > MAX_NAME) {
            throw MessagingProblem.invalid("Give the group a name of at most " + MAX_NAME + " characters.");
        }
        return checked;
    }

}
