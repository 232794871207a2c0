package com.mediapatch.bench.scale;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import com.mediapatch.MediaPatchApplication;
import com.mediapatch.audit.internal.SeededAuditRows;
import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.ApiScopes;
import com.mediapatch.identity.internal.PersonalTokens;
import com.mediapatch.profiles.Discipline;
import com.mediapatch.vault.FieldBinding;
import com.mediapatch.vault.FieldCipher;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Fills an installation straight through JDBC for bench/scale: members with profiles, two tags and
 * search terms, friendships, conversations with vault-sealed messages, notifications and a
 * hash-chained audit log, plus the bench member and God accounts and a personal access token.
 * Starting the platform here also runs its migrations on an empty data dir or database.
 * Not a test: bench/scale/run.sh calls it as {@code ScaleSeeder <scale> <out-dir> [spring args...]}.
 */
public final class ScaleSeeder {

    static final String PASSWORD = "velvet thunder rehearsal";
    static final String MEMBER_EMAIL = "bench-member@scale.test";
    static final String GOD_EMAIL = "bench-god@scale.test";
    /** A fixed authenticator secret (base32) so the sign-in client can compute codes. */
    static final String GOD_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private static final String[] GENRES = {"post-punk", "doom", "jazz", "folk", "techno", "soul", "grime", "ambient"};
    /** Seven skills and five cities: one member in 35 plays drums in Leeds (the directory's tag search). */
    private static final String[] SKILLS = {"Drums", "Guitar", "Vocals", "Bass", "Keyboard", "Synth", "Violin"};
    private static final String[] CITIES = {"Leeds", "York", "Bristol", "Glasgow", "Cardiff"};
    private static final int BATCH = 5_000;

    private ScaleSeeder() {
    }

    static UUID account(long i) {
        return new UUID(0x5ca1e00000000000L, i);
    }

    public static void main(String[] args) throws Exception {
        double scale = Double.parseDouble(args[0]);
        Path out = Path.of(args[1]);
        String[] springArgs = java.util.Arrays.copyOfRange(args, 2, args.length);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(MediaPatchApplication.class)
                .properties("logging.level.root=warn").run(springArgs)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            FieldCipher cipher = context.getBean(FieldCipher.class);
            int members = (int) Math.max(1_000, 100_000 * scale);
            long start = System.nanoTime();
            String hash = context.getBean(PasswordEncoder.class).encode(PASSWORD);
            seedMembers(jdbc, members, hash);
            step("members, profiles, tags, search terms", members, start);
            start = System.nanoTime();
            int friendships = seedFriendships(jdbc, members, (int) (200_000 * scale));
            step("friendships", friendships, start);
            start = System.nanoTime();
            long[] conversationsAndMessages = seedMessages(jdbc, cipher, members, (int) Math.max(10, 10_000 * scale),
                    (long) (1_000_000 * scale), (int) Math.max(100, 10_000 * scale));
            step("conversations", conversationsAndMessages[0], start);
            step("messages (sealed)", conversationsAndMessages[1], start);
            start = System.nanoTime();
            step("notifications", seedNotifications(jdbc, members, (int) (100_000 * scale)), start);
            start = System.nanoTime();
            List<String> actors = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                actors.add("member:" + account(i));
            }
            step("audit entries (chained)", SeededAuditRows.append(jdbc, (long) (1_000_000 * scale), actors), start);
            UUID god = seedGod(jdbc, cipher, hash);
            start = System.nanoTime();
            // Fresh statistics for the planner, and on PostgreSQL the vacuum that autovacuum would otherwise start
            // after these inserts, in the middle of the measurements.
            boolean postgres = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()).contains("PostgreSQL");
            jdbc.execute(postgres ? "vacuum analyze" : "analyze");
            step(postgres ? "vacuum analyze" : "analyze", 0, start);
            String token = context.getBean(PersonalTokens.class).create(new AccountId(account(0)), "scale bench",
                    context.getBean(ApiScopes.class).all(), 30);
            Files.createDirectories(out);
            Files.writeString(out.resolve("token"), token);
            String deep = jdbc.queryForObject("select handle from profiles_profile order by display_name, handle "
                    + "offset ? rows fetch next 1 rows only", String.class, members - 100);
            String bigConversation = jdbc.queryForObject("select conversation_id from messaging_message group by conversation_id "
                    + "order by count(*) desc fetch first 1 rows only", String.class);
            Files.writeString(out.resolve("targets"), "DEEP_HANDLE=" + deep + "\nBIG_CONVERSATION=" + bigConversation
                    + "\nMEMBER_HANDLE=" + handle(0) + "\nPROFILE_HANDLE=" + handle(members / 2) + "\nGOD_ID=" + god + "\n");
        }
    }

    private static void step(String what, long rows, long since) {
        System.out.printf("seeded %-40s %,12d rows in %6.1f s%n", what, rows, (System.nanoTime() - since) / 1e9);
    }

    static String handle(int i) {
        return i == 0 ? "bench-member" : "member-" + String.format("%04d", i % 10_000) + "-" + i;
    }

    private static OffsetDateTime time(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static void seedMembers(JdbcTemplate jdbc, int members, String passwordHash) {
        OffsetDateTime now = time(Instant.now());
        List<Object[]> accounts = new ArrayList<>();
        List<Object[]> profiles = new ArrayList<>();
        List<Object[]> tags = new ArrayList<>();
        List<Object[]> terms = new ArrayList<>();
        Discipline[] disciplines = Discipline.values();
        for (int i = 0; i < members; i++) {
            UUID id = account(i);
            String number = String.format("%04d", i % 10_000);
            String name = i == 0 ? "Bench Member" : "Member " + number + " " + i;
            accounts.add(new Object[] {id, i == 0 ? MEMBER_EMAIL : "m" + i + "@scale.test", passwordHash, now, now, now});
            profiles.add(new Object[] {id, handle(i), name, "Plays and records around town; member number " + i + ".",
                    CITIES[i % CITIES.length], now, now});
            tags.add(new Object[] {id, "DISCIPLINE", disciplines[i % disciplines.length].name()});
            tags.add(new Object[] {id, "GENRE", GENRES[i % GENRES.length]});
            tags.add(new Object[] {id, "SKILL", SKILLS[i % SKILLS.length]});
            for (String term : new LinkedHashSet<>(List.of(name.toLowerCase().split(" ")))) {
                terms.add(new Object[] {term, id});
            }
            if (profiles.size() == BATCH || i == members - 1) {
                jdbc.batchUpdate("insert into identity_account (id, email, password_hash, email_verified_at, created_at, "
                        + "password_changed_at, version) values (?, ?, ?, ?, ?, ?, 0)", accounts);
                jdbc.batchUpdate("insert into profiles_profile (account_id, handle, display_name, bio, city, country, visibility, "
                        + "theme, created_at, updated_at, version) values (?, ?, ?, ?, ?, 'GB', 'EVERYONE', 'SYSTEM', ?, ?, 0)",
                        profiles);
                jdbc.batchUpdate("insert into profiles_profile_tag (account_id, kind, tag) values (?, ?, ?)", tags);
                jdbc.batchUpdate("insert into profiles_search_term (term, account_id) values (?, ?)", terms);
                accounts.clear();
                profiles.clear();
                tags.clear();
                terms.clear();
            }
        }
    }

    /** The bench member has a thousandth of them (at least 200); the rest link neighbours i, i+1 and i+2. */
    private static int seedFriendships(JdbcTemplate jdbc, int members, int total) {
        OffsetDateTime now = time(Instant.now());
        LinkedHashSet<List<UUID>> pairs = new LinkedHashSet<>();
        int own = Math.max(200, total / 1_000);
        for (int i = 1; i <= own; i++) {
            pairs.add(pair(account(0), account(i)));
        }
        for (int i = 1; pairs.size() < total; i++) {
            int a = i % members;
            int b = (i / members + a + 1) % members;
            if (a != b) {
                pairs.add(pair(account(a), account(b)));
            }
        }
        List<Object[]> batch = new ArrayList<>();
        for (List<UUID> pair : pairs) {
            batch.add(new Object[] {pair.get(0), pair.get(1), now});
            if (batch.size() == BATCH) {
                jdbc.batchUpdate("insert into social_friendship (member_low, member_high, since) values (?, ?, ?)", batch);
                batch.clear();
            }
        }
        jdbc.batchUpdate("insert into social_friendship (member_low, member_high, since) values (?, ?, ?)", batch);
        return pairs.size();
    }

    private static List<UUID> pair(UUID a, UUID b) {
        return a.toString().compareTo(b.toString()) < 0 ? List.of(a, b) : List.of(b, a);
    }

    /**
     * The bench member talks with member i in conversation i; the first holds {@code big} messages,
     * the others share the rest. Bodies are sealed by the platform's vault bound to their row.
     */
    private static long[] seedMessages(JdbcTemplate jdbc, FieldCipher cipher, int members, int conversations, long messages,
            int big) {
        Instant start = Instant.now().minusSeconds(messages + 10);
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> participants = new ArrayList<>();
        UUID[] ids = new UUID[conversations];
        for (int c = 0; c < conversations; c++) {
            ids[c] = new UUID(0xc0de000000000000L, c);
            UUID other = account(1 + c % (members - 1));
            String a = account(0).toString();
            String b = other.toString();
            Object lastActivity = time(start.plusSeconds(c == 0 ? messages : messages - conversations + c));
            rows.add(new Object[] {ids[c], a.compareTo(b) < 0 ? a + ":" + b : b + ":" + a, time(start), lastActivity});
            participants.add(new Object[] {ids[c], account(0), time(start), lastActivity});
            participants.add(new Object[] {ids[c], other, time(start), lastActivity});
        }
        jdbc.batchUpdate("insert into messaging_conversation (id, kind, pair_key, created_at, last_activity_at) "
                + "values (?, 'DIRECT', ?, ?, ?)", rows);
        jdbc.batchUpdate("insert into messaging_member (conversation_id, account_id, role, joined_at, last_read_seq, "
                + "last_activity_at) values (?, ?, 'MEMBER', ?, 0, ?)", participants);
        rows.clear();
        long perOther = Math.max(1, (messages - big) / Math.max(1, conversations - 1));
        long seq = 0;
        for (int c = 0; c < conversations && seq < messages; c++) {
            long count = c == 0 ? big : c == conversations - 1 ? messages - seq : Math.min(perOther, messages - seq);
            UUID other = account(1 + c % (members - 1));
            for (long m = 0; m < count; m++) {
                seq++;
                UUID id = new UUID(0x3e55a9e000000000L, seq);
                String ref = ids[c] + "/" + id;
                String text = "Message " + m + " about the rehearsal on Thursday, bring the spare cables and the setlist.";
                rows.add(new Object[] {id, seq, ids[c], m % 2 == 0 ? account(0) : other, ref,
                    cipher.seal(text, FieldBinding.of("messaging_message", "body", ref)), time(start.plusSeconds(seq))});
                if (rows.size() == BATCH) {
                    insertMessages(jdbc, rows);
                }
            }
        }
        insertMessages(jdbc, rows);
        jdbc.execute("alter sequence messaging_message_seq restart with " + (seq + 1));
        // What the platform keeps on each member's row as messages arrive (see the messaging migration that added it).
        jdbc.execute("update messaging_member set unread_count = (select count(*) from messaging_message m "
                + "where m.conversation_id = messaging_member.conversation_id and m.seq > messaging_member.last_read_seq "
                + "and m.author_id <> messaging_member.account_id and m.deleted_at is null and m.hidden_at is null)");
        return new long[] {conversations, seq};
    }

    private static void insertMessages(JdbcTemplate jdbc, List<Object[]> rows) {
        jdbc.batchUpdate("insert into messaging_message (id, seq, conversation_id, author_id, seal_ref, body, sent_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)", rows);
        rows.clear();
    }

    /** A tenth go to the bench member, the rest spread over everybody. */
    private static int seedNotifications(JdbcTemplate jdbc, int members, int total) {
        Instant start = Instant.now().minusSeconds(total + 10);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            UUID recipient = i % 10 == 0 ? account(0) : account(i % members);
            UUID actor = account(1 + i % (members - 1));
            boolean friend = i % 2 == 0;
            rows.add(new Object[] {new UUID(0x4071f00000000000L, i), recipient, friend ? "friend-accepted" : "message",
                friend ? "Your friend request was accepted" : "You have a new message",
                friend ? "/friends" : "/messages", actor, time(start.plusSeconds(i)), i % 3 == 0 ? time(start.plusSeconds(i)) : null});
            if (rows.size() == BATCH || i == total - 1) {
                jdbc.batchUpdate("insert into notifications_notification (id, recipient, kind, text, link, actor, created_at, "
                        + "read_at, digest_due) values (?, ?, ?, ?, ?, ?, ?, ?, false)", rows);
                rows.clear();
            }
        }
        return total;
    }

    /** The God account: verified God email, the god role and an authenticator with a known secret. */
    private static UUID seedGod(JdbcTemplate jdbc, FieldCipher cipher, String passwordHash) {
        UUID god = new UUID(0x60d0000000000000L, 1);
        OffsetDateTime now = time(Instant.now());
        jdbc.update("insert into identity_account (id, email, password_hash, email_verified_at, created_at, password_changed_at, "
                + "version) values (?, ?, ?, ?, ?, ?, 0)", god, GOD_EMAIL, passwordHash, now, now, now);
        jdbc.update("insert into profiles_profile (account_id, handle, display_name, visibility, theme, created_at, updated_at, "
                + "version) values (?, 'bench-god', 'Bench God', 'EVERYONE', 'SYSTEM', ?, ?, 0)", god, now, now);
        jdbc.update("insert into identity_role_assignment (account_id, role_name, assigned_by, assigned_at) values (?, 'god', ?, ?)",
                god, god, now);
        jdbc.update("insert into identity_totp (account_id, sealed_secret, enrolled_at, last_used_step) values (?, ?, ?, 0)", god,
                cipher.seal(GOD_TOTP_SECRET, FieldBinding.of("identity_totp", "sealed_secret", god)), now);
        return god;
    }
}
