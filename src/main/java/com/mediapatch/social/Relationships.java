package com.mediapatch.social;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import com.mediapatch.identity.AccountId;
import com.mediapatch.notifications.NotificationRaised;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.profiles.Profiles;
import com.mediapatch.shared.KeysetPage;
import com.mediapatch.shared.PageCursor;
import com.mediapatch.social.internal.SocialStore;
import com.mediapatch.social.internal.SocialStore.Linked;
import com.mediapatch.social.internal.SocialStore.RequestRow;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Friend requests, friendships, blocks and mutes, with their rules: no requests to oneself,
 * none twice, none across a block (refused as if the member did not exist, so a block is
 * never revealed), and a block ends the friendship and every pending request between the two.
 */
@Service
public class Relationships {

    static final String REQUESTS_LINK = SocialRoutes.FRIENDS + "#requests";

    private final SocialStore store;
    private final Profiles profiles;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Relationships(SocialStore store, Profiles profiles, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.profiles = profiles;
        this.events = events;
        this.clock = clock;
    }

    /** The member with this handle as {@code viewer} may reach them: not when they blocked the viewer. */
    @Transactional(readOnly = true)
    public ProfileSummary member(AccountId viewer, String handle) {
        return profiles.byHandle(handle == null ? "" : handle)
                .filter(member -> viewer == null || !store.hasBlocked(member.account(), viewer))
                .orElseThrow(() -> new MemberNotFound("No member @" + handle + " here."));
    }

    /** Sends a request, or accepts theirs when the other member asked first. */
    @Transactional
    public Connection request(AccountId from, AccountId to) {
        requireOther(from, to);
        if (profiles.of(to).isEmpty() || store.blockedBetween(from, to)) {
            throw new MemberNotFound("No such member here.");
        }
        if (store.areFriends(from, to)) {
            throw new AlreadyFriends("You are friends already.");
        }
        Optional<RequestRow> pending = store.pendingBetween(from, to);
        if (pending.isPresent()) {
            if (pending.get().requester().equals(from)) {
                throw new AlreadyRequested("You asked already; the request is waiting for an answer.");
            }
            accept(from, pending.get().id());
            return new Connection(Connection.State.FRIENDS, null, store.muted(from, to));
        }
        FriendRequestId id = new FriendRequestId(UUID.randomUUID());
        Instant now = clock.instant();
        try {
            store.insertRequest(id, from, to, now);
        } catch (DuplicateKeyException raced) {
            throw new AlreadyRequested("A request between you is already waiting for an answer.");
        }
        events.publishEvent(new FriendRequestSent(id, from, to, now));
        notify(to, from, "friend-request", nameOf(from) + " sent you a friend request", REQUESTS_LINK, now);
        return new Connection(Connection.State.REQUEST_SENT, id, store.muted(from, to));
    }

    @Transactional
    public void accept(AccountId me, FriendRequestId id) {
        RequestRow request = answerable(id, me, true);
        Instant now = clock.instant();
        try {
            store.insertFriendship(request.requester(), me, now);
        } catch (DuplicateKeyException raced) {
            throw new AlreadyFriends("You are friends already.");
        }
        events.publishEvent(new FriendRequestAccepted(id, request.requester(), me, now));
        notify(request.requester(), me, "friend-request-accepted", nameOf(me) + " accepted your friend request",
                profiles.of(me).map(ProfileSummary::path).orElse(SocialRoutes.FRIENDS), now);
    }

    @Transactional
    public void decline(AccountId me, FriendRequestId id) {
        RequestRow request = answerable(id, me, true);
        events.publishEvent(new FriendRequestDeclined(id, request.requester(), me, clock.instant()));
    }

    @Transactional
    public void cancel(AccountId me, FriendRequestId id) {
        RequestRow request = answerable(id, me, false);
        events.publishEvent(new FriendRequestCancelled(id, me, request.recipient(), clock.instant()));
    }

    @Transactional
    public void unfriend(AccountId me, AccountId other) {
        if (!store.deleteFriendship(me, other)) {
            throw new NotFriends("You are not friends.");
        }
        events.publishEvent(new FriendshipEnded(me, other, clock.instant()));
    }

    /** Blocks {@code other}: ends the friendship and pending requests. Blocking twice changes nothing. */
    @Transactional
    public void block(AccountId me, AccountId other) {
        requireOther(me, other);
        if (store.hasBlocked(me, other)) {
            return;
        }
        Instant now = clock.instant();
        store.insertBlock(me, other, now);
        store.deleteRequestsBetween(me, other);
        if (store.deleteFriendship(me, other)) {
            events.publishEvent(new FriendshipEnded(me, other, now));
        }
        events.publishEvent(new MemberBlocked(me, other, now));
    }

    @Transactional
    public void unblock(AccountId me, AccountId other) {
        if (store.deleteBlock(me, other)) {
            events.publishEvent(new MemberUnblocked(me, other, clock.instant()));
        }
    }

    @Transactional
    public void mute(AccountId me, AccountId other) {
        requireOther(me, other);
        if (!store.muted(me, other)) {
            store.insertMute(me, other, clock.instant());
        }
    }

    @Transactional
    public void unmute(AccountId me, AccountId other) {
        store.deleteMute(me, other);
    }

    /** How {@code me} stands towards {@code other}; a block placed by the other shows as nothing. */
    @Transactional(readOnly = true)
    public Connection between(AccountId me, AccountId other) {
        boolean muted = store.muted(me, other);
        if (store.hasBlocked(me, other)) {
            return new Connection(Connection.State.BLOCKED, null, muted);
        }
        if (store.areFriends(me, other)) {
            return new Connection(Connection.State.FRIENDS, null, muted);
        }
        return store.pendingBetween(me, other).map(request -> new Connection(request.requester().equals(me)
                ? Connection.State.REQUEST_SENT : Connection.State.REQUEST_RECEIVED, request.id(), muted))
                .orElse(new Connection(Connection.State.NONE, null, muted));
    }

    /** A page of the member's friends, newest friendship first; pass a page's {@code next} as {@code cursor}. */
    @Transactional(readOnly = true)
    public KeysetPage<ProfileSummary> friends(AccountId member, String cursor, int size) {
        return members(store.friends(member, PageCursor.parse(cursor), size + 1), size);
    }

    /** A page of the requests waiting for the member's answer, newest first. */
    @Transactional(readOnly = true)
    public KeysetPage<PendingRequest> incoming(AccountId member, String cursor, int size) {
        return requests(store.incoming(member, PageCursor.parse(cursor), size + 1), size, RequestRow::requester);
    }

    /** A page of the requests the member sent, newest first. */
    @Transactional(readOnly = true)
    public KeysetPage<PendingRequest> outgoing(AccountId member, String cursor, int size) {
        return requests(store.outgoing(member, PageCursor.parse(cursor), size + 1), size, RequestRow::recipient);
    }

    /** A page of the members the member blocked, latest first. */
    @Transactional(readOnly = true)
    public KeysetPage<ProfileSummary> blocked(AccountId member, String cursor, int size) {
        return members(store.blockedBy(member, PageCursor.parse(cursor), size + 1), size);
    }

    /** A page of the members the member muted, latest first. */
    @Transactional(readOnly = true)
    public KeysetPage<ProfileSummary> muted(AccountId member, String cursor, int size) {
        return members(store.mutedBy(member, PageCursor.parse(cursor), size + 1), size);
    }

    /** One profile query for the page; members without a profile are left out. */
    private KeysetPage<ProfileSummary> members(List<Linked> rows, int size) {
        KeysetPage<Linked> page = KeysetPage.of(rows, size, Linked::cursor);
        Map<AccountId, ProfileSummary> who = profiles.summaries(page.items().stream().map(Linked::member).toList());
        return page.withItems(page.items().stream().map(row -> who.get(row.member())).filter(Objects::nonNull).toList());
    }

    private KeysetPage<PendingRequest> requests(List<RequestRow> rows, int size, Function<RequestRow, AccountId> other) {
        KeysetPage<RequestRow> page = KeysetPage.of(rows, size, RequestRow::cursor);
        Map<AccountId, ProfileSummary> who = profiles.summaries(page.items().stream().map(other).toList());
        return page.withItems(page.items().stream().filter(row -> who.containsKey(other.apply(row)))
                .map(row -> new PendingRequest(row.id(), who.get(other.apply(row)), row.sentAt())).toList());
    }

    private RequestRow answerable(FriendRequestId id, AccountId me, boolean asRecipient) {
        RequestRow request = store.request(id)
                .filter(row -> (asRecipient ? row.recipient() : row.requester()).equals(me))
                .orElseThrow(() -> new FriendRequestNotFound("No such friend request waiting for you."));
        if (!store.deleteRequest(id)) {
            throw new FriendRequestNotFound("That friend request was answered meanwhile.");
        }
        return request;
    }

    /** Never across a block, and never from someone the recipient muted. */
    private void notify(AccountId recipient, AccountId actor, String kind, String text, String link, Instant at) {
        if (!store.blockedBetween(recipient, actor) && !store.muted(recipient, actor)) {
            events.publishEvent(new NotificationRaised(recipient, kind, text, link, actor, at));
        }
    }

    private String nameOf(AccountId member) {
        return profiles.of(member).map(ProfileSummary::displayName).orElse("A member");
    }

    private static void requireOther(AccountId me, AccountId other) {
        if (me.equals(other)) {
            throw new CannotBefriendYourself("That is you.");
        }
    }
}
