package com.mediapatch.social.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.mediapatch.identity.AccountId;
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
    }

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

    public List<RequestRow> incoming(AccountId member) {
        return jdbc.sql("select id, requester, recipient, sent_at from social_friend_request where recipient = ? order by sent_at desc")
                .param(member.value()).query(SocialStore::requestRow).list();
    }

    public List<RequestRow> outgoing(AccountId member) {
        return jdbc.sql("select id, requester, recipient, sent_at from social_friend_request where requester = ? order by sent_at desc")
                .param(member.value()).query(SocialStore::requestRow).list();
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

    public List<AccountId> blockedBy(AccountId blocker) {
        return ids("select blocked from social_block where blocker = ? order by blocked_at desc", blocker.value());
    }

    public List<AccountId> mutedBy(AccountId muter) {
        return ids("select muted from social_mute where muter = ? order by muted_at desc", muter.value());
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

    /** Friends of the member's friends who are not the member, with how many friends they share, most first. */
    public Map<AccountId, Integer> friendsOfFriends(AccountId member, int limit) {
        Map<AccountId, Integer> found = new LinkedHashMap<>();
        jdbc.sql("""
                with edge (from_member, to_member) as (
                    select member_low, member_high from social_friendship
                    union all select member_high, member_low from social_friendship)
                select theirs.to_member as candidate, count(*) as mutual
                from edge mine join edge theirs on theirs.from_member = mine.to_member
                where mine.from_member = ? and theirs.to_member <> ?
                group by theirs.to_member
                order by count(*) desc
                limit ?""").params(member.value(), member.value(), limit)
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

    private static RequestRow requestRow(ResultSet rs, int row) throws SQLException {
        return new RequestRow(new FriendRequestId(rs.getObject("id", UUID.class)),
                new AccountId(rs.getObject("requester", UUID.class)), new AccountId(rs.getObject("recipient", UUID.class)),
                rs.getObject("sent_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime time(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
