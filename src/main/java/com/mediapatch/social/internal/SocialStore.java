package com.mediapatch.social.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.mediapatch.identity.AccountId;
import com.mediapatch.shared.PageCursor;
import com.mediapatch.shared.SqlTime;
import com.mediapatch.social.FriendRequestId;
import com.mediapatch.social.SocialGraph;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The social tables, in plain SQL. Pairs (requests, friendships) are stored canonically
 * ordered, so a unique key on the pair makes duplicates and crossing requests impossible
 * even when two requests race.
 */
@Repository
@Transactional(readOnly = true)
public class SocialStore implements SocialGraph {

    /** A pending request as stored. */
    public record RequestRow(FriendRequestId id, AccountId requester, AccountId recipient, Instant sentAt) {

        public PageCursor cursor() {
            return new PageCursor(sentAt, id.value());
        }
    }

    /** A member on one of the member's lists (friends, blocked, muted) and since when. */
    public record Linked(AccountId member, Instant since) {

        public PageCursor cursor() {
            return new PageCursor(since, member.value());
        }
    }

    /** Requests sent to a member, newest first along (recipient, sent_at, id). */
    private static final String INCOMING = "select id, requester, recipient, sent_at from social_friend_request "
            + "where recipient = ? and (sent_at, id) < (?, ?) order by sent_at desc, id desc limit ?";

    /** Requests a member sent, newest first along (requester, sent_at, id). */
    private static final String OUTGOING = "select id, requester, recipient, sent_at from social_friend_request "
            + "where requester = ? and (sent_at, id) < (?, ?) order by sent_at desc, id desc limit ?";

    /** Where reading newest first starts: after every stored time. */
    private static final PageCursor NEWEST = new PageCursor(Instant.parse("9999-12-31T00:00:00Z"), new UUID(0, 0));

    private final JdbcClient jdbc;

    SocialStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The pair in the one order every row uses: by the text form of the ids. */
    static UUID[] ordered(AccountId one, AccountId other) {
        UUID a = one.value();
        UUID b = other.value();
        return a.toString().compareTo(b.toString()) < 0 ? new UUID[] {a, b} : new UUID[] {b, a};
    }

    @Override
    public boolean areFriends(AccountId one, AccountId other) {
        UUID[] pair = ordered(one, other);
        return count("select count(*) from social_friendship where member_low = ? and member_high = ?", pair[0], pair[1]);
    }

    @Override
    public boolean blockedBetween(AccountId one, AccountId other) {
        return count("select count(*) from social_block where (blocker = ? and blocked = ?) or (blocker = ? and blocked = ?)",
                one.value(), other.value(), other.value(), one.value());
    }

    @Override
    public Set<AccountId> friendsAmong(AccountId member, Collection<AccountId> others) {
        return among("""
                select member_high from social_friendship where member_low = :me and member_high in (:others)
                union all
                select member_low from social_friendship where member_high = :me and member_low in (:others)""",
                member, others);
    }

    @Override
    public Set<AccountId> blockedAmong(AccountId member, Collection<AccountId> others) {
        return among("""
                select blocked from social_block where blocker = :me and blocked in (:others)
                union all
                select blocker from social_block where blocked = :me and blocker in (:others)""", member, others);
    }

    /** The accounts among {@code others} that {@code sql} names for {@code member} (bound as :me and :others). */
    private Set<AccountId> among(String sql, AccountId member, Collection<AccountId> others) {
        if (others.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(jdbc.sql(sql).param("me", member.value())
                .param("others", others.stream().map(AccountId::value).toList())
                .query((rs, row) -> new AccountId(rs.getObject(1, UUID.class))).list());
    }

    public boolean hasBlocked(AccountId blocker, AccountId blocked) {
        return count("select count(*) from social_block where blocker = ? and blocked = ?", blocker.value(), blocked.value());
    }

    @Override
    public boolean muted(AccountId viewer, AccountId other) {
        return count("select count(*) from social_mute where muter = ? and muted = ?", viewer.value(), other.value());
    }

    @Override
    public List<AccountId> friendsOf(AccountId member) {
        return ids("""
                select member_high from social_friendship where member_low = ?
                union select member_low from social_friendship where member_high = ?""", member.value(), member.value());
    }

    public Optional<RequestRow> request(FriendRequestId id) {
        return jdbc.sql("select id, requester, recipient, sent_at from social_friend_request where id = ?")
                .param(id.value()).query(SocialStore::requestRow).optional();
    }

    public Optional<RequestRow> pendingBetween(AccountId one, AccountId other) {
        UUID[] pair = ordered(one, other);
        return jdbc.sql("select id, requester, recipient, sent_at from social_friend_request where member_low = ? and member_high = ?")
                .params(pair[0], pair[1]).query(SocialStore::requestRow).optional();
    }

    /** Up to {@code limit} of the requests sent to the member, newest first, before {@code before} (null: the newest). */
    public List<RequestRow> incoming(AccountId member, PageCursor before, int limit) {
        return requests(INCOMING, member, before, limit);
    }

    /** Up to {@code limit} of the requests the member sent, newest first, before {@code before} (null: the newest). */
    public List<RequestRow> outgoing(AccountId member, PageCursor before, int limit) {
        return requests(OUTGOING, member, before, limit);
    }

    private List<RequestRow> requests(String sql, AccountId member, PageCursor before, int limit) {
        PageCursor from = before == null ? NEWEST : before;
        return jdbc.sql(sql)
                .params(member.value(), SqlTime.of(from.at()), from.id(), limit).query(SocialStore::requestRow).list();
    }

    /**
     * Up to {@code limit} of the member's friends, newest friendship first, before {@code before} (null: the newest):
     * each half of the stored pairs is read along its (member, since, other) index, then the two are merged.
     */
    public List<Linked> friends(AccountId member, PageCursor before, int limit) {
        PageCursor from = before == null ? NEWEST : before;
        return jdbc.sql("""
                select friend, since from (
                    (select member_high as friend, since from social_friendship where member_low = :me
                        and (since, member_high) < (:at, :id) order by since desc, member_high desc limit :limit)
                    union all
                    (select member_low as friend, since from social_friendship where member_high = :me
                        and (since, member_low) < (:at, :id) order by since desc, member_low desc limit :limit)) f
                order by since desc, friend desc limit :limit""")
                .param("me", member.value()).param("at", SqlTime.of(from.at())).param("id", from.id())
                .param("limit", limit).query(SocialStore::linked).list();
    }

    @Transactional
    public void insertRequest(FriendRequestId id, AccountId from, AccountId to, Instant at) {
        UUID[] pair = ordered(from, to);
        jdbc.sql("insert into social_friend_request (id, requester, recipient, member_low, member_high, sent_at) values (?, ?, ?, ?, ?, ?)")
                .params(id.value(), from.value(), to.value(), pair[0], pair[1], time(at)).update();
    }

    /** Removes the request; false when it was gone already (answered meanwhile). */
    @Transactional
    public boolean deleteRequest(FriendRequestId id) {
        return jdbc.sql("delete from social_friend_request where id = ?").param(id.value()).update() == 1;
    }

    @Transactional
    public void deleteRequestsBetween(AccountId one, AccountId other) {
        UUID[] pair = ordered(one, other);
        jdbc.sql("delete from social_friend_request where member_low = ? and member_high = ?").params(pair[0], pair[1]).update();
    }

    @Transactional
    public void insertFriendship(AccountId one, AccountId other, Instant at) {
        UUID[] pair = ordered(one, other);
        jdbc.sql("insert into social_friendship (member_low, member_high, since) values (?, ?, ?)")
                .params(pair[0], pair[1], time(at)).update();
    }

    @Transactional
    public boolean deleteFriendship(AccountId one, AccountId other) {
        UUID[] pair = ordered(one, other);
        return jdbc.sql("delete from social_friendship where member_low = ? and member_high = ?")
                .params(pair[0], pair[1]).update() == 1;
    }

    @Transactional
    public void insertBlock(AccountId blocker, AccountId blocked, Instant at) {
        jdbc.sql("insert into social_block (blocker, blocked, blocked_at) values (?, ?, ?)")
                .params(blocker.value(), blocked.value(), time(at)).update();
    }

    @Transactional
    public boolean deleteBlock(AccountId blocker, AccountId blocked) {
        return jdbc.sql("delete from social_block where blocker = ? and blocked = ?")
                .params(blocker.value(), blocked.value()).update() == 1;
    }

    @Transactional
    public void insertMute(AccountId muter, AccountId muted, Instant at) {
        jdbc.sql("insert into social_mute (muter, muted, muted_at) values (?, ?, ?)")
                .params(muter.value(), muted.value(), time(at)).update();
    }

    @Transactional
    public boolean deleteMute(AccountId muter, AccountId muted) {
        return jdbc.sql("delete from social_mute where muter = ? and muted = ?").params(muter.value(), muted.value())
                .update() == 1;
    }

    /** Up to {@code limit} members the member blocked, latest first, before {@code before} (null: the latest). */
    public List<Linked> blockedBy(AccountId blocker, PageCursor before, int limit) {
        PageCursor from = before == null ? NEWEST : before;
        return jdbc.sql("select blocked, blocked_at from social_block where blocker = ? and (blocked_at, blocked) < (?, ?) "
                + "order by blocked_at desc, blocked desc limit ?")
                .params(blocker.value(), SqlTime.of(from.at()), from.id(), limit).query(SocialStore::linked).list();
    }

    /** Up to {@code limit} members the member muted, latest first, before {@code before} (null: the latest). */
    public List<Linked> mutedBy(AccountId muter, PageCursor before, int limit) {
        PageCursor from = before == null ? NEWEST : before;
        return jdbc.sql("select muted, muted_at from social_mute where muter = ? and (muted_at, muted) < (?, ?) "
                + "order by muted_at desc, muted desc limit ?")
                .params(muter.value(), SqlTime.of(from.at()), from.id(), limit).query(SocialStore::linked).list();
    }

    /** Everyone cut off from the member by a block, whoever placed it. */
    public Set<AccountId> cutOff(AccountId member) {
        return new LinkedHashSet<>(ids("select blocked from social_block where blocker = ? union select blocker from social_block where blocked = ?",
                member.value(), member.value()));
    }

    /** Who never appears in the member's suggestions: friends, requests either way, blocks either way, mutes. */
    public Set<AccountId> notToSuggest(AccountId member) {
        UUID id = member.value();
        return new LinkedHashSet<>(ids("""
                select member_high from social_friendship where member_low = ?
                union select member_low from social_friendship where member_high = ?
                union select recipient from social_friend_request where requester = ?
                union select requester from social_friend_request where recipient = ?
                union select blocked from social_block where blocker = ?
                union select blocker from social_block where blocked = ?
                union select muted from social_mute where muter = ?""", id, id, id, id, id, id, id));
    }

    /** How many of the member's friendships, newest first, friends of friends are looked for through. */
    static final int SAMPLED_FRIENDS = 100;

    /**
     * Friends of the member's friends who are not the member, with how many friends they share, most first. Only the
     * {@link #SAMPLED_FRIENDS} newest friendships are followed, each side along its (member, since, other) index, so
     * the work is bounded by those friends' friendships however large the table grows.
     */
    public Map<AccountId, Integer> friendsOfFriends(AccountId member, int limit) {
        Map<AccountId, Integer> found = new LinkedHashMap<>();
        jdbc.sql("""
                with mine (friend) as (
                    (select member_high from social_friendship where member_low = :me
                        order by since desc, member_high desc limit :sampled)
                    union all
                    (select member_low from social_friendship where member_high = :me
                        order by since desc, member_low desc limit :sampled)),
                theirs (candidate) as (
                    select f.member_high from mine join social_friendship f on f.member_low = mine.friend
                    union all select f.member_low from mine join social_friendship f on f.member_high = mine.friend)
                select candidate, count(*) as mutual from theirs where candidate <> :me
                group by candidate
                order by count(*) desc, candidate
                limit :limit""").param("me", member.value()).param("sampled", SAMPLED_FRIENDS).param("limit", limit)
                .query((ResultSet rs) -> {
                    found.put(new AccountId(rs.getObject("candidate", UUID.class)), rs.getInt("mutual"));
                });
        return found;
    }

    private boolean count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single() > 0;
    }

    private List<AccountId> ids(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query((rs, row) -> new AccountId(rs.getObject(1, UUID.class))).list();
    }

    private static Linked linked(ResultSet rs, int row) throws SQLException {
        return new Linked(new AccountId(rs.getObject(1, UUID.class)), rs.getObject(2, OffsetDateTime.class).toInstant());
    }

    private static RequestRow requestRow(ResultSet rs, int row) throws SQLException {
        return new RequestRow(new FriendRequestId(rs.getObject("id", UUID.class)),
                new AccountId(rs.getObject("requester", UUID.class)), new AccountId(rs.getObject("recipient", UUID.class)),
                rs.getObject("sent_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime time(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
