package com.mediapatch.ai.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import com.mediapatch.ai.Capability;
import com.mediapatch.identity.AccountId;
import com.mediapatch.shared.SqlTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The usage table: one row per call, with its UTC day so quotas, budgets and charts group by an index
 * ({@code ai_usage_member_day}, {@code ai_usage_link_day}, {@code ai_usage_day}) however many rows there are.
 */
@Repository
public class UsageStore {

    /** Calls and spend of one link on one day, by outcome. */
    public record DailyTotal(LocalDate day, String link, String outcome, long calls, long costMicros) {
    }

    /** One member's answered calls of a capability on one day. */
    public record MemberDay(LocalDate day, Capability capability, long calls) {
    }

    private final JdbcClient jdbc;

    UsageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(UsageRecord usage) {
        jdbc.sql("insert into ai_usage (called_at, usage_day, member_id, capability, link, model, units, latency_ms, cost_micros, outcome) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(SqlTime.of(usage.at()), day(usage.at()), usage.member() == null ? null : usage.member().value(),
                        usage.capability().name(), usage.link(), usage.model(), usage.units(), (int) Math.min(Integer.MAX_VALUE, usage.latencyMs()),
                        usage.costMicros(), usage.outcome())
                .update();
    }

    /** Answered calls of a capability by a member on a day, counted no further than {@code limit}. */
    public int answeredOn(AccountId member, Capability capability, LocalDate day, int limit) {
        return jdbc.sql("select count(*) from (select 1 from ai_usage where member_id = ? and usage_day = ? and capability = ? "
                + "and outcome = 'ok' limit ?) counted")
                .params(member.value(), day, capability.name(), limit).query(Integer.class).single();
    }

    /** What a link has cost since a day (the first of the month for budgets). */
    public long spentSince(String link, LocalDate since) {
        return jdbc.sql("select coalesce(sum(cost_micros), 0) from ai_usage where link = ? and usage_day >= ?")
                .params(link, since).query(Long.class).single();
    }

    public List<DailyTotal> dailyTotals(LocalDate since) {
        return jdbc.sql("select usage_day, link, outcome, count(*) calls, coalesce(sum(cost_micros), 0) cost from ai_usage "
                + "where usage_day >= ? group by usage_day, link, outcome order by usage_day, link, outcome")
                .param(since)
                .query((row, n) -> new DailyTotal(row.getObject("usage_day", LocalDate.class), row.getString("link"),
                        row.getString("outcome"), row.getLong("calls"), row.getLong("cost")))
                .list();
    }

    public List<MemberDay> memberDays(AccountId member, LocalDate since) {
        return jdbc.sql("select usage_day, capability, count(*) calls from ai_usage where member_id = ? and usage_day >= ? and outcome = 'ok' "
                + "group by usage_day, capability order by usage_day, capability")
                .params(member.value(), since)
                .query((row, n) -> new MemberDay(row.getObject("usage_day", LocalDate.class), Capability.valueOf(row.getString("capability")),
                        row.getLong("calls")))
                .list();
    }

    public static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
