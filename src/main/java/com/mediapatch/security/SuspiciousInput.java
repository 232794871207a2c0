package com.mediapatch.security;

import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Looks at the path, query and form fields of every request for common attack shapes and
 * publishes a {@link SuspiciousInputSeen} for the first match. Secrets (passwords, codes,
 * tokens) are never looked at, so they never reach an event. JSON and multipart bodies are
 * left alone: they are validated where they are bound.
 */
@Component
@Order(-140)
class SuspiciousInput extends OncePerRequestFilter {

    private static final Pattern SECRET_FIELD = Pattern.compile("(?i).*(password|code|token|secret|_csrf).*");
    private static final int EXCERPT = 120;

    private static final Map<SuspiciousInputSeen.Kind, Pattern> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put(SuspiciousInputSeen.Kind.SCRIPT_INJECTION, Pattern.compile(
                "(?is)<\\s*(script|iframe|object|embed|svg|img|body|math|base|meta)\\b|javascript\\s*:|vbscript\\s*:"
                        + "|data\\s*:\\s*text/html|<[^>]*\\son[a-z]+\\s*=|expression\\s*\\("));
        SHAPES.put(SuspiciousInputSeen.Kind.SQL_INJECTION, Pattern.compile(
                "(?is)'\\s*(or|and)\\s+'?[\\w]+'?\\s*(=|like)|\\bunion\\b(\\s+all)?\\s+select\\b|;\\s*(drop|delete|insert|update|alter)\\s"
                        + "|\\b(pg_)?sleep\\s*\\(|\\bwaitfor\\s+delay\\b|'\\s*;?\\s*--"));
        SHAPES.put(SuspiciousInputSeen.Kind.PATH_TRAVERSAL, Pattern.compile("(?i)(\\.\\.[/\\\\])|(%2e%2e(%2f|%5c|/))"));
        SHAPES.put(SuspiciousInputSeen.Kind.CONTROL_CHARACTERS, Pattern.compile("[\\x00-\\x08\\x0B\\x0E-\\x1F]"));
    }

    private final ApplicationEventPublisher events;
    private final Clock clock;

    SuspiciousInput(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        inspect(request).ifPresent(events::publishEvent);
        chain.doFilter(request, response);
    }

    private Optional<SuspiciousInputSeen> inspect(HttpServletRequest request) {
        Optional<SuspiciousInputSeen> inPath = match(request, "path", request.getRequestURI());
        if (inPath.isPresent() || !hasInspectableParameters(request)) {
            return inPath;
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (SECRET_FIELD.matcher(parameter.getKey()).matches()) {
                continue;
            }
            for (String value : parameter.getValue()) {
                Optional<SuspiciousInputSeen> found = match(request, parameter.getKey(), value);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<SuspiciousInputSeen> match(HttpServletRequest request, String field, String value) {
        for (Map.Entry<SuspiciousInputSeen.Kind, Pattern> shape : SHAPES.entrySet()) {
            if (shape.getValue().matcher(value).find()) {
                return Optional.of(new SuspiciousInputSeen(shape.getKey(), request.getMethod(), request.getRequestURI(), field,
                        value.length() > EXCERPT ? value.substring(0, EXCERPT) : value, ClientIdentity.of(request), clock.instant()));
            }
        }
        return Optional.empty();
    }

    private static boolean hasInspectableParameters(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
    }
}
