package com.mediapatch.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import com.mediapatch.identity.AccountId;
import com.mediapatch.search.SearchHit;
import com.mediapatch.search.SearchHits;
import com.mediapatch.search.SearchSource;
import com.mediapatch.search.SiteQuery;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SiteSearchTests {

    private final ExecutorService workers = Executors.newFixedThreadPool(4);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        workers.shutdown();
    }

    @Test
    void groupsComeInTheSourcesOrderWhateverTheOrderTheyWereDeclaredIn() {
        SiteSearch search = new SiteSearch(List.of(source("ads", 30, found(2)), source("members", 10, found(1)),
                source("events", 20, found(0))), workers, Duration.ofSeconds(5));

        SiteResults results = search.search(SiteQuery.of("drums"), null, 5);

        assertThat(results.groups()).extracting(SiteGroup::key).containsExactly("members", "events", "ads");
        assertThat(results.groups()).extracting(SiteGroup::searchPage)
                .containsExactly("/members?q=drums", "/events?q=drums", "/ads?q=drums");
        assertThat(results.foundAnything()).isTrue();
        assertThat(results.missing()).isEmpty();
    }

    @Test
    void aFailingSourceIsLeftOutAndTheOthersStillAnswer() {
        SearchSource broken = source("broken", 20, limit -> {
            throw new IllegalStateException("index closed");
        });
        SiteSearch search = new SiteSearch(List.of(source("members", 10, found(3)), broken, source("ads", 30, found(1))),
                workers, Duration.ofSeconds(5));

        SiteResults results = search.search(SiteQuery.of("drums"), null, 5);

        assertThat(results.missing()).extracting(SiteGroup::key).containsExactly("broken");
        assertThat(results.groups()).filteredOn(SiteGroup::answered).extracting(group -> group.hits().hits().size())
                .containsExactly(3, 1);
    }

    @Test
    void aSlowSourceIsLeftOutAtTheDeadlineWithoutHoldingThePage() {
        SearchSource slow = source("slow", 20, limit -> {
            awaitRelease();
            return found(1).apply(limit);
        });
        SiteSearch search = new SiteSearch(List.of(source("members", 10, found(2)), slow), workers, Duration.ofMillis(200));

        long started = System.nanoTime();
        SiteResults results = search.search(SiteQuery.of("drums"), null, 5);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(results.missing()).extracting(SiteGroup::label).containsExactly("Slow");
        assertThat(results.groups().get(0).hits().hits()).hasSize(2);
    }

    @Test
    void whenEveryWorkerIsBusyASourceIsLeftOutAtOnce() {
        ThreadPoolExecutor one = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1));
        try {
            one.submit(this::awaitRelease);
            one.submit(this::awaitRelease);
            SiteSearch search = new SiteSearch(List.of(source("members", 10, found(1))), one, Duration.ofSeconds(5));

            assertThat(search.search(SiteQuery.of("drums"), null, 5).missing()).extracting(SiteGroup::key)
                    .containsExactly("members");
        } finally {
            release.countDown();
            one.shutdown();
        }
    }

    @Test
    void sourcesAreAskedForTheClampedLimitAndNeverAnswerMoreThanIt() {
        AtomicInteger asked = new AtomicInteger();
        SearchSource generous = source("members", 10, limit -> {
            asked.set(limit);
            return found(50).apply(50);
        });
        SiteSearch search = new SiteSearch(List.of(generous), workers, Duration.ofSeconds(5));

        assertThat(search.search(SiteQuery.of("drums"), null, 500).groups().get(0).hits().hits()).hasSize(SiteQuery.MAX_HITS);
        assertThat(asked).hasValue(SiteQuery.MAX_HITS);
        SiteGroup group = search.search(SiteQuery.of("drums"), null, 0).groups().get(0);
        assertThat(asked).hasValue(1);
        assertThat(group.hits().hits()).hasSize(1);
        assertThat(group.hits().total()).isEqualTo(50);
    }

    @Test
    void aQueryWithoutWordsAsksNoSource() {
        AtomicInteger asked = new AtomicInteger();
        SiteSearch search = new SiteSearch(List.of(source("members", 10, limit -> {
            asked.incrementAndGet();
            return SearchHits.none();
        })), workers, Duration.ofSeconds(5));

        assertThat(search.search(SiteQuery.of("x ' = 1 --"), null, 5).groups()).isEmpty();
        assertThat(asked).hasValue(0);
    }

    @Test
    void twoSourcesWithOneKeyStopTheStart() {
        assertThatThrownBy(() -> new SiteSearch(List.of(source("members", 10, found(1)), source("members", 20, found(1))),
                workers, Duration.ofSeconds(1))).hasMessageContaining("members");
    }

    private void awaitRelease() {
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private static IntFunction<SearchHits> found(int count) {
        return limit -> new SearchHits(IntStream.range(0, Math.min(count, limit))
                .mapToObj(n -> new SearchHit("Hit " + n, "/hits/" + n, "", "Hit")).toList(), count, false);
    }

    private static SearchSource source(String key, int order, IntFunction<SearchHits> answer) {
        return new SearchSource() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public String label() {
                return Character.toUpperCase(key.charAt(0)) + key.substring(1);
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public String searchPage(SiteQuery query) {
                return "/" + key + "?q=" + query.encoded();
            }

            @Override
            public SearchHits top(SiteQuery query, AccountId viewer, int limit) {
                return answer.apply(limit);
            }
        };
    }
}
