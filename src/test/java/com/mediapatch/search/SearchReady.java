package com.mediapatch.search;

import java.time.Duration;

import org.awaitility.Awaitility;

/** Waits for the indexes a test context rebuilds in the background, so a test searches complete indexes. */
public final class SearchReady {

    private SearchReady() {
    }

    public static void await(SearchIndexes indexes) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(indexes::ready);
    }
}
