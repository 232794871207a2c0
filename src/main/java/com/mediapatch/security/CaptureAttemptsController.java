package com.mediapatch.security;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Receives the capture guard script's reports and publishes them as {@link CaptureAttempted}.
 * A browser POST like any other: it needs the CSRF token and falls under the rate limits.
 * Invalid reports are answered with the usual validation problem detail (422).
 */
@RestController
class CaptureAttemptsController {

    private static final int MAX_USER_AGENT = 300;

    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaptureAttemptsController(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * What the script sends.
     *
     * @param path the page's path: starts with '/', printable ASCII without spaces (browsers
     *        percent-encode the rest), at most 300 characters
     */
    record Report(@NotNull @Pattern(regexp = "/[\\x21-\\x7E]{0,299}",
            message = "must be a page path: starting with '/', no spaces, at most 300 characters") String path) {
    }

    @PostMapping(path = SecurityRoutes.CAPTURE_ATTEMPTS, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> report(@Valid @RequestBody Report report, HttpServletRequest request) {
        events.publishEvent(new CaptureAttempted(ClientIdentity.of(request), RequestShape.path(report.path()), userAgent(request),
                clock.instant()));
        return ResponseEntity.noContent().build();
    }

    private static String userAgent(HttpServletRequest request) {
        String agent = request.getHeader(HttpHeaders.USER_AGENT);
        return agent == null || agent.length() <= MAX_USER_AGENT ? agent : agent.substring(0, MAX_USER_AGENT);
    }
}
