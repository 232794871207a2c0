package com.mediapatch.search.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Where the search index lives, and how long the site-wide search waits for its sources.
 *
 * @param directory {@code local-filesystem} (the index in {@code <data dir>/search}) or {@code local-heap}
 *        (in memory, rebuilt on every start: tests)
 * @param root the folder of the index; empty for {@code <data dir>/search}
 * @param site the site-wide search
 * @param opensearch an OpenSearch cluster to use instead of the embedded index, for several nodes
 */
@Validated
@ConfigurationProperties("mediapatch.search")
record SearchProperties(@DefaultValue("local-filesystem") @Pattern(regexp = "local-filesystem|local-heap") String directory,
        @NotNull @DefaultValue("") String root, @Valid @DefaultValue Site site, @Valid @DefaultValue OpenSearch opensearch) {

    boolean onDisk() {
        return "local-filesystem".equals(directory);
    }

    Path rootUnder(String dataDir) {
        return root.isBlank() ? Path.of(dataDir, "search") : Path.of(root);
    }

    /**
     * The site-wide search's sources are asked side by side on a few worker threads of their own.
     *
     * @param timeout how long a search waits for its sources; a source slower than this is left out of the answer
     * @param threads worker threads per node, so searches never take the request threads' place
     * @param queue searches' source calls waiting for a worker; beyond this a source is left out at once
     */
    record Site(@NotNull @DefaultValue("2s") Duration timeout, @Min(1) @Max(64) @DefaultValue("4") int threads,
            @Min(1) @DefaultValue("64") int queue) {
    }

    /**
     * An OpenSearch cluster shared by every node ({@code MEDIAPATCH_SEARCH_OPENSEARCH_URL}). Changes reach it
     * through an outbox table in the database, so each is indexed once whichever node made it.
     *
     * @param url the cluster's address, e.g. {@code https://search.internal:9200}; empty for the embedded index
     * @param username basic authentication, when the cluster asks for it
     * @param password its password
     * @param vectors index and search meaning vectors: needs the cluster's k-NN plugin (part of the standard
     *        distribution); false on a cluster without it, and the search is by words only
     */
    record OpenSearch(@NotNull @DefaultValue("") @Pattern(regexp = "|https?://\\S+") String url,
            @NotNull @DefaultValue("") String username, @NotNull @DefaultValue("") String password,
            @DefaultValue("true") boolean vectors) {

        boolean configured() {
            return !url.isBlank();
        }

        @Override
        public String toString() {
            return "OpenSearch[url=" + url + ", username=" + username + ", vectors=" + vectors + "]";
        }
    }
}
