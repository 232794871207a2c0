package com.mediapatch.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenSearchAnalysisTests {

    @Test
    void theClusterGetsEverySynonymGroupOfTheEmbeddedIndexAndNoComments() {
        assertThat(OpenSearchAnalysis.synonymLines())
                .contains("bassist, bass, bassists", "vocals, vox, singer, vocalist, singers, vocalists, singing")
                .allSatisfy(line -> assertThat(line).doesNotStartWith("#").isNotBlank().isEqualTo(line.strip()));
    }
}
