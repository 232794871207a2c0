package com.mediapatch.site.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.HandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class ApiProblemAdviceTests {

    private final ApiProblemAdvice advice = new ApiProblemAdvice();

    @Test
    void anUnexpectedErrorIsLoggedUnderItsRoutePatternNotThePathTyped(CapturedOutput output) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/members/typed-by-a-member-7f3a");
        request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, "/api/v1/members/{handle}");

        advice.unexpected(new IllegalStateException("boom"), request);

        assertThat(output).contains("GET /api/v1/members/{handle}").doesNotContain("typed-by-a-member-7f3a");
    }

    @Test
    void anUnexpectedErrorOutsideAnyRouteNamesNoPath(CapturedOutput output) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/typed-by-a-member-9c1d");

        advice.unexpected(new IllegalStateException("boom"), request);

        assertThat(output).contains("POST (no route matched)").doesNotContain("typed-by-a-member-9c1d");
    }
}
