package com.mediapatch.profiles.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import com.mediapatch.MediaPatchApplication;
import com.mediapatch.profiles.Discipline;
import com.mediapatch.profiles.internal.Directory;
import com.mediapatch.profiles.internal.DirectoryFilters;
import com.mediapatch.profiles.internal.DirectoryPage;
import com.mediapatch.profiles.internal.DirectorySearch;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills a fresh installation with members (profiles with two tags each, straight into the
 * database) and times directory pages through the real {@link Directory}, beside the query
 * the directory used before (DISTINCT over a tag join, offset pages, a full count) in the same
 * run. Not a test: run it with bench/directory/run.sh [members] [rounds].
 */
public final class DirectoryBenchmark {

    private static final String[] GENRES = {"post-punk", "doom", "jazz", "folk", "techno", "soul", "grime", "ambient"};

    private DirectoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path dataDir = Files.createTempDirectory("directory-bench");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(MediaPatchApplication.class)
                .properties("logging.level.root=warn").run("--mediapatch.data-dir=" + dataDir, "--server.port=0",
                        "--mediapatch.tls.mode=off", "--spring.profiles.active=" + System.getProperty("profile", "default"))) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            Directory directory = context.getBean(Directory.class);
            long start = System.nanoTime();
            seed(jdbc, members);
            System.out.printf("seed       %,d members with 2 tags and their search terms: %.1f s%n", members, seconds(start));

            String deepCursor = jdbc.queryForObject("select handle from profiles_profile order by display_name, handle "
                    + "offset ? rows fetch next 1 rows only", String.class, members - 100);
            time("first page", rounds, () -> directory.page(search("", null, null), Set.of(), Set.of()));
            time("deep page (keyset)", rounds, () -> directory.page(search("", null, deepCursor), Set.of(), Set.of()));
            time("search 'member 0999'", rounds, () -> directory.page(search("member 0999", null, null), Set.of(), Set.of()));
            time("discipline filter", rounds, () -> directory.page(search("", Discipline.BAND, null), Set.of(), Set.of()));
            int oldRounds = Math.max(3, rounds / 20);
            time("before: first page", oldRounds, () -> before(jdbc, "", "", 0));
            time("before: deep page", oldRounds, () -> before(jdbc, "", "", members / 24 - 4));
            time("before: search", oldRounds, () -> before(jdbc, "member 0999", "", 0));
            time("before: discipline", oldRounds, () -> before(jdbc, "", "BAND", 0));
            Runtime runtime = Runtime.getRuntime();
            System.out.printf("heap       %d MiB used, max %d MiB%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                    runtime.maxMemory() >> 20);
        }
    }

    private static DirectorySearch search(String text, Discipline discipline, String after) {
        return new DirectorySearch(null, new DirectoryFilters(text, discipline, null, null, null), after, null);
    }

    /** The directory's earlier query shape, as JPA ran it: DISTINCT over a tag join, an offset page and a full count. */
    private static List<?> before(JdbcTemplate jdbc, String text, String discipline, int page) {
        String where = "from profiles_profile p left join profiles_profile_tag t on t.account_id = p.account_id "
                + "where p.visibility in ('EVERYONE') and (? = '' or lower(p.display_name) like ? or p.handle like ?) "
                + "and (? = '' or (t.kind = 'DISCIPLINE' and t.tag = ?))";
        String like = "%" + text + "%";
        jdbc.queryForObject("select count(distinct p.account_id) " + where, Long.class, text, like, like, discipline, discipline);
        return jdbc.queryForList("select distinct p.account_id, p.display_name, p.handle " + where
                + " order by p.display_name, p.handle offset ? rows fetch next 24 rows only",
                text, like, like, discipline, discipline, page * 24);
    }

    /** Writes {@code members} public profiles with a discipline, a genre and their search terms. */
    public static void seed(JdbcTemplate jdbc, int members) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> profiles = new ArrayList<>();
        List<Object[]> tags = new ArrayList<>();
        List<Object[]> terms = new ArrayList<>();
        Discipline[] disciplines = Discipline.values();
        for (int i = 0; i < members; i++) {
            UUID account = UUID.randomUUID();
            String number = String.format("%04d", i % 10_000);
            String handle = "member-" + number + "-" + i;
            profiles.add(new Object[] {account, handle, "Member " + number + " " + i, now, now});
            tags.add(new Object[] {account, "DISCIPLINE", disciplines[i % disciplines.length].name()});
            tags.add(new Object[] {account, "GENRE", GENRES[i % GENRES.length]});
            for (String term : new LinkedHashSet<>(List.of("member", number, Integer.toString(i)))) {
                terms.add(new Object[] {term, account});
            }
            if (profiles.size() == 5_000 || i == members - 1) {
                jdbc.batchUpdate("insert into profiles_profile (account_id, handle, display_name, visibility, theme, "
                        + "created_at, updated_at, version) values (?, ?, ?, 'EVERYONE', 'SYSTEM', ?, ?, 0)", profiles);
                jdbc.batchUpdate("insert into profiles_profile_tag (account_id, kind, tag) values (?, ?, ?)", tags);
                jdbc.batchUpdate("insert into profiles_search_term (term, account_id) values (?, ?)", terms);
                profiles.clear();
                tags.clear();
                terms.clear();
            }
        }
    }

    private static void time(String label, int rounds, Supplier<?> call) {
        for (int i = 0; i < Math.min(rounds, 20); i++) {
            call.get();
        }
        long[] nanos = new long[rounds];
        Object last = null;
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            last = call.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        String shown = last instanceof DirectoryPage page ? page.entries().size() + " shown of " + page.total()
                + (page.totalCapped() ? " (capped)" : "") : last instanceof List<?> rows ? rows.size() + " shown" : "";
        System.out.printf("%-28s p50 %7.2f ms  p99 %7.2f ms  (%d rounds; %s)%n", label, nanos[rounds / 2] / 1e6,
                nanos[Math.min(rounds - 1, rounds * 99 / 100)] / 1e6, rounds, shown);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
