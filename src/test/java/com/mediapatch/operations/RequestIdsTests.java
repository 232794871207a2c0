package com.mediapatch.operations;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdsTests {

    @Test
    void wellFormedIdFromAProxyIsKept() {
        assertThat(RequestIds.choose("edge-7f3a9c21")).isEqualTo("edge-7f3a9c21");
    }

    @Test
    void missingOrHostileIdsAreReplacedWithAFreshOne() {
        assertThat(RequestIds.choose(null)).hasSize(36);
        assertThat(RequestIds.choose("short")).hasSize(36);
        assertThat(RequestIds.choose("abcdefgh\r\nX-Injected: yes")).hasSize(36);
        assertThat(RequestIds.choose("<script>alert(1)</script>")).doesNotContain("<");
        assertThat(RequestIds.choose("a".repeat(65))).hasSize(36);
    }

    @Test
    void freshIdsAreUnique() {
        assertThat(RequestIds.choose(null)).isNotEqualTo(RequestIds.choose(null));
    }
}
