package com.mediapatch.shared.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ShellTests {

    @Test
    void homeIsCurrentOnlyOnTheHomePage() {
        assertThat(shellAt("/").currentFor("/")).isEqualTo("page");
        assertThat(shellAt("/api/docs").currentFor("/")).isNull();
        assertThat(shellAt("/api/docs").currentFor("/api/docs")).isEqualTo("page");
    }

    @Test
    void titlesEndWithTheSiteName() {
        assertThat(shellAt("/").titleFor("Error reference")).isEqualTo("Error reference · The Media Patch");
        assertThat(shellAt("/").titleFor(null)).isEqualTo("The Media Patch");
    }

    @Test
    void onlyUnboostedHtmxRequestsGetFragments() {
        assertThat(Shell.forRequest(request("HX-Request", "true")).fragment()).isTrue();
        assertThat(Shell.forRequest(request("HX-Boosted", "true")).fragment()).isFalse();
        assertThat(Shell.forRequest(new MockHttpServletRequest("GET", "/")).fragment()).isFalse();
    }

    private static MockHttpServletRequest request(String header, String value) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.addHeader("HX-Request", "true");
        request.addHeader(header, value);
        return request;
    }

    private static Shell shellAt(String path) {
        return new Shell("The Media Patch", path, false, List.of(), false, null, null, List.of());
    }
}
