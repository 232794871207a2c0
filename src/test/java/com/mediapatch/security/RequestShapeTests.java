package com.mediapatch.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestShapeTests {

    @Test
    void routeWordsHandlesAndIdsAreKept() {
        assertThat(RequestShape.path("/members/alice-b")).isEqualTo("/members/alice-b");
        assertThat(RequestShape.path("/messages/6f1c2a9e-1d7b-4c55-9a0e-3f2b8c9d0e1f/read"))
                .isEqualTo("/messages/6f1c2a9e-1d7b-4c55-9a0e-3f2b8c9d0e1f/read");
        assertThat(RequestShape.path("/")).isEqualTo("/");
    }

    @Test
    void segmentsThatCouldHoldTypedTextAreMasked() {
        assertThat(RequestShape.path("/members/%3Cscript%3Ehello%20there%3C%2Fscript%3E")).isEqualTo("/members/*");
        assertThat(RequestShape.path("/members/<script>secret</script>/x")).isEqualTo("/members/*/*/x");
        assertThat(RequestShape.path("/files/../../etc/passwd")).isEqualTo("/files/*/*/etc/passwd");
        assertThat(RequestShape.path("/a/" + "b".repeat(65))).isEqualTo("/a/*");
    }

    @Test
    void veryDeepPathsAreCut() {
        assertThat(RequestShape.path("/a".repeat(40))).isEqualTo("/a".repeat(12) + "/...");
    }

    @Test
    void onlyPlainShortParameterNamesAndStandardMethodsAreKept() {
        assertThat(RequestShape.field("displayName")).isEqualTo("displayName");
        assertThat(RequestShape.field("<img src=x onerror=alert(1)>")).isEqualTo("*");
        assertThat(RequestShape.field("a".repeat(41))).isEqualTo("*");
        assertThat(RequestShape.method("POST")).isEqualTo("POST");
        assertThat(RequestShape.method("ZQSECRET")).isEqualTo("OTHER");
    }
}
