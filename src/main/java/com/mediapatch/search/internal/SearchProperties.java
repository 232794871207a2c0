package com.mediapatch.search.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Where the search index lives.
 *
 * @param directory {@code local-filesystem} (the index in {@code <data dir>/search}) or {@code local-heap}
 *        (in memory, rebuilt on every start: tests)
 * @param root the folder of the index; empty for {@code <data dir>/search}
 */
@Validated
@ConfigurationProperties("mediapatch.search")
record SearchProperties(@DefaultValue("local-filesystem") @Pattern(regexp = "local-filesystem|local-heap") String directory,
        @NotNull @DefaultValue("") String root) {

    boolean onDisk() {
        return "local-filesystem".equals(directory);
    }

    Path rootUnder(String dataDir) {
        return root.isBlank() ? Path.of(dataDir, "search") : Path.of(root);
    }
}
