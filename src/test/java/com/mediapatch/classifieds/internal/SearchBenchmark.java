package com.mediapatch.classifieds.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;

import com.mediapatch.MediaPatchApplication;
import com.mediapatch.classifieds.AdPlace;
import com.mediapatch.classifieds.AdQuery;
import com.mediapatch.classifieds.Category;
import com.mediapatch.places.Place;
import com.mediapatch.places.Places;
import com.mediapatch.profiles.bench.DirectoryBenchmark;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills a fresh installation with ads (straight into the database), then measures the classifieds search: the
 * indexing rate without embeddings (the mass indexer) and with them (the vector sweep, on a slice), the indexing
 * rate of a fifth as many events and half as many profiles written the same way, a text + facets
 * + distance query through the real {@link AdFinder} at 1 and 32 concurrent callers (and the same without facets,
 * as the site-wide search asks) beside a plain SQL LIKE query on the same rows in the same run, and the index size
 * on disk. Not a test: bench/search/run.sh [ads] [rounds].
 */
public final class SearchBenchmark {

    private static final String[] ROLES = {"drums", "bass", "guitar", "vocals", "keys", "violin", "trumpet", "production"};
    private static final String[] GENRES = {"doom", "jazz", "folk", "techno", "soul", "grime", "post-punk", "ambient"};
    private static final String[] CITIES = {"Leeds", "Bradford", "Manchester", "Sheffield", "York", "London", "Bristol",
        "Glasgow", "Cardiff", "Belfast"};
    private static final int EMBEDDED_SLICE = 2_000;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int ads = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path dataDir = Files.createTempDirectory("search-bench");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(MediaPatchApplication.class)
                .properties("logging.level.root=warn").run("--mediapatch.data-dir=" + dataDir, "--server.port=0",
                        "--mediapatch.tls.mode=off", "--mediapatch.classifieds.vector-sweep-delay=1000d",
                        "--spring.profiles.active=" + System.getProperty("profile", "default"))) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            Places places = context.getBean(Places.class);
            List<Place> cities = Stream.of(CITIES).map(city -> places.named(city, "GB").orElseThrow()).toList();
            long start = System.nanoTime();
            seed(jdbc, ads, cities);
            System.out.printf("seed         %,d ads: %.1f s%n", ads, seconds(start));
            analyze(jdbc);

            SearchMapping mapping = Search.mapping(context.getBean(EntityManagerFactory.class));
            double indexing = massIndex(mapping, "AdDocument");
            System.out.printf("index        %,d ads without embeddings: %.1f s, %,.0f ads/s; on disk %,d KiB%n", ads,
                    indexing, ads / indexing, size(dataDir.resolve("search").resolve(AdFields.INDEX)) >> 10);
            int eventCount = ads / 5;
            int profileCount = ads / 2;
            seedEvents(jdbc, eventCount, cities);
            DirectoryBenchmark.seed(jdbc, profileCount);
            analyze(jdbc);
            double events = massIndex(mapping, "EventDocument");
            System.out.printf("index        %,d events: %.1f s, %,.0f events/s%n", eventCount, events, eventCount / events);
            double members = massIndex(mapping, "Profile");
            System.out.printf("index        %,d profiles: %.1f s, %,.0f profiles/s; whole index on disk %,d KiB%n",
                    profileCount, members, profileCount / members, size(dataDir.resolve("search")) >> 10);

            AdMeaning meaning = context.getBean(AdMeaning.class);
            jdbc.update("insert into classifieds_ad_vector (ad_id, vector, model, computed_at) select id, ?, 'skip', "
                    + "current_timestamp from classifieds_ad where id not in (select id from classifieds_ad order by id "
                    + "fetch first " + EMBEDDED_SLICE + " rows only)", (Object) new byte[] {0});
            start = System.nanoTime();
            int embedded = meaning.sweep();
            double embedding = seconds(start);
            System.out.printf("embed        %,d ads (vector + index): %.1f s, %,.0f ads/s%n", embedded, embedding,
                    embedded / embedding);

            AdFinder finder = context.getBean(AdFinder.class);
            Place leeds = cities.get(0);
            AdQuery query = new AdQuery("drummer", null, null, null, null, new AdPlace(leeds.id(), leeds.name(), "GB",
                    leeds.latitude(), leeds.longitude()), 100);
            Supplier<Object> search = () -> finder.find(query, 1, 20);
            Supplier<Object> top = () -> finder.top(query, 20);
            Supplier<Object> like = () -> jdbc.queryForList("select id, title from classifieds_ad where status = 'PUBLISHED' "
                    + "and hidden = false and expires_at > current_timestamp and (lower(title) like '%drum%' or lower(description) "
                    + "like '%drum%' or instruments like '%drum%') and latitude between ? and ? and longitude between ? and ? "
                    + "order by published_at desc fetch first 21 rows only", leeds.latitude() - 0.9, leeds.latitude() + 0.9,
                    leeds.longitude() - 1.5, leeds.longitude() + 1.5);
            for (int callers : new int[] {1, 32}) {
                time("search, " + callers + " caller" + (callers == 1 ? "" : "s"), callers, rounds, search);
                time("no facets, " + callers + " caller" + (callers == 1 ? "" : "s"), callers, rounds, top);
                time("SQL LIKE, " + callers + " caller" + (callers == 1 ? "" : "s"), callers, Math.max(5, rounds / 10), like);
            }
            Runtime runtime = Runtime.getRuntime();
            System.out.printf("heap         %d MiB used, max %d MiB%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                    runtime.maxMemory() >> 20);
        }
    }

    private static void seed(JdbcTemplate jdbc, int ads, List<Place> cities) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Object[]> rows = new ArrayList<>();
        Category[] categories = Category.values();
        for (int i = 0; i < ads; i++) {
            String role = ROLES[i % ROLES.length];
            String genre = GENRES[(i / ROLES.length) % GENRES.length];
            Place city = cities.get(i % cities.size());
            Timestamp published = Timestamp.from(now.minus(i % (29 * 24), ChronoUnit.HOURS));
            rows.add(new Object[] {UUID.randomUUID(), UUID.nameUUIDFromBytes(("owner" + i % 20_000).getBytes()),
                "Ad " + i + ": " + role + " for a " + genre + " project", "Looking for " + role + " in " + city.name()
                        + ". Rehearsals weekly, " + genre + " and more. Number " + i + ".",
                categories[i % categories.length].name(), "," + role + ",", "," + genre + ",", city.id(), city.name(),
                city.latitude(), city.longitude(), "h" + i, Timestamp.from(now), Timestamp.from(now), published,
                Timestamp.from(published.toInstant().plus(30, ChronoUnit.DAYS))});
            if (rows.size() == 5_000 || i == ads - 1) {
                jdbc.batchUpdate("insert into classifieds_ad (id, owner, title, description, category, instruments, genres, "
                        + "level, commitment, paid, remote, place_id, city, country, latitude, longitude, media_links, status, "
                        + "hidden, fingerprint, created_at, updated_at, published_at, expires_at) values (?, ?, ?, ?, ?, ?, ?, "
                        + "'ANY', 'HOBBY', false, false, ?, ?, 'GB', ?, ?, '', 'PUBLISHED', false, ?, ?, ?, ?, ?)", rows);
                rows.clear();
            }
        }
    }

    /**
     * Gathers PostgreSQL's planner statistics for the rows just written, as its autovacuum daemon does within a
     * minute of a bulk write; without them it guesses, and loading profiles with their tags took a scan of the
     * whole tag table per ten profiles (35 ms instead of 0.1 ms).
     */
    private static void analyze(JdbcTemplate jdbc) {
        if ("postgres".equals(System.getProperty("profile"))) {
            jdbc.execute("ANALYZE");
        }
    }

    /** Rebuilds one entity's index from its table; returns the seconds it took. */
    private static double massIndex(SearchMapping mapping, String entity) throws InterruptedException {
        long start = System.nanoTime();
        mapping.scope(Object.class, entity).massIndexer().threadsToLoadObjects(2).startAndWait();
        return seconds(start);
    }

    /** One-off events a day apart over the coming year, a tenth of them weekly, in the same cities and genres. */
    private static void seedEvents(JdbcTemplate jdbc, int events, List<Place> cities) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> genres = new ArrayList<>();
        List<Object[]> occurrences = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            UUID id = UUID.randomUUID();
            Place city = cities.get(i % cities.size());
            String genre = GENRES[i % GENRES.length];
            Timestamp starts = Timestamp.from(now.plus(1 + i % 365, ChronoUnit.DAYS));
            Timestamp ends = Timestamp.from(starts.toInstant().plus(3, ChronoUnit.HOURS));
            rows.add(new Object[] {id, UUID.nameUUIDFromBytes(("organiser" + i % 2_000).getBytes()),
                i % 3 == 0 ? "JAM_SESSION" : "GIG", "Event " + i + ": " + genre + " night in " + city.name(),
                "Bring your ears. Number " + i + ".", "Venue " + i % 500, city.id(), city.name(), city.latitude(),
                city.longitude(), starts, ends, i % 10 == 0 ? "FREQ=WEEKLY" : null, genre, i % 5 == 0,
                Timestamp.from(now.plus(400, ChronoUnit.DAYS)), starts});
            genres.add(new Object[] {id, genre});
            occurrences.add(new Object[] {UUID.randomUUID(), id, starts, ends, i % 3 == 0 ? "JAM_SESSION" : "GIG", city.id(),
                city.latitude(), city.longitude(), i % 5 == 0});
            if (rows.size() == 5_000 || i == events - 1) {
                jdbc.batchUpdate("insert into calendar_event (id, organiser, type, title, description, venue, place_id, city, "
                        + "country, latitude, longitude, starts_at, ends_at, zone, rrule, genres, free, horizon, created_at, "
                        + "updated_at, next_starts_at) values (?, ?, ?, ?, ?, ?, ?, ?, 'GB', ?, ?, ?, ?, 'Europe/London', ?, ?, "
                        + "?, ?, current_timestamp, current_timestamp, ?)", rows);
                jdbc.batchUpdate("insert into calendar_event_genre (event_id, genre) values (?, ?)", genres);
                jdbc.batchUpdate("insert into calendar_occurrence (id, event_id, starts_at, ends_at, type, place_id, latitude, "
                        + "longitude, free, cancelled, going, interested, waitlisted) values (?, ?, ?, ?, ?, ?, ?, ?, ?, false, "
                        + "0, 0, 0)", occurrences);
                rows.clear();
                genres.clear();
                occurrences.clear();
            }
        }
    }

    private static void time(String label, int callers, int rounds, Supplier<Object> call) throws Exception {
        for (int i = 0; i < 20; i++) {
            call.get();
        }
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        List<Future<long[]>> each = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < callers; c++) {
            each.add(pool.submit(() -> {
                long[] nanos = new long[rounds];
                for (int i = 0; i < rounds; i++) {
                    long began = System.nanoTime();
                    call.get();
                    nanos[i] = System.nanoTime() - began;
                }
                return nanos;
            }));
        }
        long[] all = new long[callers * rounds];
        for (int c = 0; c < callers; c++) {
            System.arraycopy(each.get(c).get(), 0, all, c * rounds, rounds);
        }
        double wall = seconds(start);
        pool.shutdown();
        Arrays.sort(all);
        System.out.printf("%-24s p50 %7.2f ms  p99 %7.2f ms  %,7.0f calls/s%n", label, all[all.length / 2] / 1e6,
                all[Math.min(all.length - 1, all.length * 99 / 100)] / 1e6, all.length / wall);
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
