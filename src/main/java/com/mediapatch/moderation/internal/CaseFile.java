package com.mediapatch.moderation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.mediapatch.identity.AccountId;
import com.mediapatch.moderation.ReportCategory;
import com.mediapatch.moderation.Resolution;
import com.mediapatch.moderation.TargetType;
import com.mediapatch.shared.KeysetPage;
import com.mediapatch.shared.PageCursor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case, report and note tables; used only inside the moderation module. */
@Repository
public class CaseFile {

    /** A case as the queue and case page show it. */
    public record Case(UUID id, TargetType targetType, String kind, UUID targetId, boolean open, Instant openedAt,
            AccountId claimedBy, AccountId resolvedBy, Resolution action, String reason) {
    }

    /**
     * What the target_type column holds: the built-in type's name, or for a contributed target its kind in
     * capitals (such as AD), so every case keeps the one column it always had.
     */
    static String stored(TargetType type, String kind) {
        return type == TargetType.CONTRIBUTED ? kind.toUpperCase(java.util.Locale.ROOT) : type.name();
    }

    /** One report in a case. */
    public record Report(UUID id, AccountId reporter, ReportCategory category, String comment, Instant at,
            boolean afterClose) {
    }

    /** A moderator's note. */
    public record Note(AccountId author, String text, Instant at) {
    }

    /** An open case with how often and why it was reported. */
    public record Summary(Case file, long reports, Map<ReportCategory, Long> categories) {
    }

    private static final String CASE_COLUMNS = "id, target_type, target_id, status, opened_at, claimed_by, resolved_by, action, reason";

    private final JdbcClient jdbc;

    CaseFile(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Case> openFor(String type, UUID target) {
        return jdbc.sql("select " + CASE_COLUMNS + " from moderation_case where open_target = ?")
                .param(type + ":" + target).query(CaseFile::caseRow).optional();
    }

    /** The newest case of the target, open or closed. */
    Optional<Case> latestFor(String type, UUID target) {
        return jdbc.sql("select " + CASE_COLUMNS + " from moderation_case where target_type = ? and target_id = ? "
                + "order by opened_at desc limit 1").params(type, target).query(CaseFile::caseRow).optional();
    }

    void open(UUID id, String type, UUID target, Instant at) {
        jdbc.sql("insert into moderation_case (id, target_type, target_id, open_target, status, opened_at, version) "
                + "values (?, ?, ?, ?, 'OPEN', ?, 0)").params(id, type, target, type + ":" + target, utc(at))
                .update();
    }

    void addReport(UUID id, UUID caseId, AccountId reporter, ReportCategory category, String comment, Instant at,
            boolean afterClose) {
        jdbc.sql("insert into moderation_report (id, case_id, reporter, category, comment, created_at, after_close) "
                + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, caseId, reporter.value(), category.name(), comment, utc(at), afterClose).update();
    }

    public Optional<Case> find(UUID id) {
        return jdbc.sql("select " + CASE_COLUMNS + " from moderation_case where id = ?").param(id)
                .query(CaseFile::caseRow).optional();
    }

    /** Where reading the queue starts: before every stored case. */
    private static final PageCursor OLDEST = new PageCursor(Instant.EPOCH, new UUID(0, 0));

    /**
     * A page of open cases, oldest first (first come, first served), after {@code after} (null: from the oldest),
     * along the (status, opened_at, id) index; the reports of the whole page are counted in one more statement.
     */
    public KeysetPage<Summary> openCases(PageCursor after, int size) {
        PageCursor from = after == null ? OLDEST : after;
        List<Case> cases = jdbc.sql("select " + CASE_COLUMNS + " from moderation_case where status = 'OPEN' "
                + "and (opened_at, id) > (?, ?) order by opened_at, id limit ?")
                .params(utc(from.at()), from.id(), size + 1).query(CaseFile::caseRow).list();
        KeysetPage<Case> page = KeysetPage.of(cases, size, file -> new PageCursor(file.openedAt(), file.id()));
        Map<UUID, Map<ReportCategory, Long>> categories = categories(page.items().stream().map(Case::id).toList());
        return page.withItems(page.items().stream().map(file -> {
            Map<ReportCategory, Long> counted = categories.getOrDefault(file.id(), Map.of());
            return new Summary(file, counted.values().stream().mapToLong(Long::longValue).sum(), counted);
        }).toList());
    }

    /** Reports per category of each case, most reported category first. */
    private Map<UUID, Map<ReportCategory, Long>> categories(List<UUID> caseIds) {
        Map<UUID, Map<ReportCategory, Long>> categories = new HashMap<>();
        if (caseIds.isEmpty()) {
            return categories;
        }
        jdbc.sql("select case_id, category, count(*) as n from moderation_report where case_id in (:ids) "
                + "group by case_id, category order by case_id, count(*) desc, category").param("ids", caseIds)
                .query((rs, n) -> categories.computeIfAbsent(rs.getObject("case_id", UUID.class), id -> new LinkedHashMap<>())
                        .put(ReportCategory.valueOf(rs.getString("category")), rs.getLong("n")))
                .list();
        return categories;
    }

    public List<Report> reports(UUID caseId) {
        return jdbc.sql("select id, reporter, category, comment, created_at, after_close from moderation_report "
                + "where case_id = ? order by created_at, id").param(caseId)
                .query((rs, n) -> new Report(rs.getObject("id", UUID.class), new AccountId(rs.getObject("reporter", UUID.class)),
                        ReportCategory.valueOf(rs.getString("category")), rs.getString("comment"),
                        instant(rs, "created_at"), rs.getBoolean("after_close")))
                .list();
    }

    public List<Note> notes(UUID caseId) {
        return jdbc.sql("select author, text, created_at from moderation_note where case_id = ? order by created_at, id")
                .param(caseId).query((rs, n) -> new Note(new AccountId(rs.getObject("author", UUID.class)),
                        rs.getString("text"), instant(rs, "created_at")))
                .list();
    }

    /** Claims an open, unclaimed case; false when someone else holds it or it is closed. */
    boolean claim(UUID id, AccountId by, Instant at) {
        return jdbc.sql("update moderation_case set claimed_by = ?, claimed_at = ?, version = version + 1 "
                + "where id = ? and status = 'OPEN' and (claimed_by is null or claimed_by = ?)")
                .params(by.value(), utc(at), id, by.value()).update() == 1;
    }

    void addNote(UUID caseId, AccountId author, String text, Instant at) {
        jdbc.sql("insert into moderation_note (id, case_id, author, text, created_at) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), caseId, author.value(), text, utc(at)).update();
    }

    /** Closes an open case; false when it was already closed. */
    boolean close(UUID id, AccountId by, Instant at, Resolution action, String reason) {
        return jdbc.sql("update moderation_case set status = 'CLOSED', open_target = null, resolved_by = ?, "
                + "resolved_at = ?, action = ?, reason = ?, claimed_by = coalesce(claimed_by, ?), version = version + 1 "
                + "where id = ? and status = 'OPEN'")
                .params(by.value(), utc(at), action.name(), reason, by.value(), id).update() == 1;
    }

    List<AccountId> reporters(UUID caseId) {
        return jdbc.sql("select distinct reporter from moderation_report where case_id = ? and after_close = false")
                .param(caseId).query(UUID.class).list().stream().map(AccountId::new).toList();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Case caseRow(ResultSet rs, int n) throws SQLException {
        UUID claimed = rs.getObject("claimed_by", UUID.class);
        UUID resolved = rs.getObject("resolved_by", UUID.class);
        String action = rs.getString("action");
        String stored = rs.getString("target_type");
        boolean builtIn = java.util.Arrays.stream(TargetType.values()).anyMatch(type -> type.name().equals(stored));
        return new Case(rs.getObject("id", UUID.class), builtIn ? TargetType.valueOf(stored) : TargetType.CONTRIBUTED,
                builtIn ? null : stored.toLowerCase(java.util.Locale.ROOT), rs.getObject("target_id", UUID.class), "OPEN".equals(rs.getString("status")), instant(rs, "opened_at"),
                claimed == null ? null : new AccountId(claimed), resolved == null ? null : new AccountId(resolved),
                action == null ? null : Resolution.valueOf(action), rs.getString("reason"));
    }
}
