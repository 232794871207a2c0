package com.mediapatch.shared.web;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

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

    @Test
    void signedInMembersGetAWatermarkWithTheirHandleAndTheTime() {
        Shell shell = Shell.forRequest(signedIn(), principal -> Optional.of(viewer()), List.of(), NOON);

        assertThat(shell.captureGuard()).isTrue();
        assertThat(shell.watermark()).isEqualTo("@night-owls · 2026-11-25 12:04 UTC");
    }

    @Test
    void godViewersAreNeitherGuardedNorWatermarked() {
        MockHttpServletRequest god = signedIn();
        god.addUserRole("GOD");

        Shell shell = Shell.forRequest(god, principal -> Optional.of(viewer()), List.of(), NOON);

        assertThat(shell.captureGuard()).isFalse();
        assertThat(shell.watermark()).isNull();
    }

    @Test
    void visitorsAreGuardedButHaveNothingToBeTracedBy() {
        MockHttpServletRequest visitor = new MockHttpServletRequest("GET", "/");

        Shell shell = Shell.forRequest(visitor, principal -> Optional.of(viewer()), List.of(), NOON);

        assertThat(shell.captureGuard()).isTrue();
        assertThat(shell.watermark()).isNull();
    }

    private static final Clock NOON = Clock.fixed(Instant.parse("2026-11-25T12:04:59Z"), ZoneOffset.UTC);

    private static MockHttpServletRequest signedIn() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/members/someone");
        Principal member = () -> "0b7e5a39-8f1e-4c3a-9d55-2f4f1c2a9e10";
        request.setUserPrincipal(member);
        return request;
    }

    private static Viewer viewer() {
        return new Viewer("Night Owls", "night-owls", "NO", 3, "/members/night-owls", null);
    }

    private static MockHttpServletRequest request(String header, String value) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.addHeader("HX-Request", "true");
        request.addHeader(header, value);
        return request;
    }

    private static Shell shellAt(String path) {
        return new Shell("The Media Patch", path, false, List.of(), false, null, null, true, null, List.of(), List.of(), List.of(), List.of(), null);
    }
}
