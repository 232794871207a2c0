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
 */
@Validated
@ConfigurationProperties("mediapatch.search")
record SearchProperties(@DefaultValue("local-filesystem") @Pattern(regexp = "local-filesystem|local-heap") String directory,
        @NotNull @DefaultValue("") String root, @Valid @DefaultValue Site site) {

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
}
