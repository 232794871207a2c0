package com.mediapatch.security;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.mediapatch.shared.web.StaticAssets;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Looks at the path, query and form fields of a request for common attack shapes
 * ({@link InputShapes}, linear time) and publishes a {@link SuspiciousInputSeen} for the first
 * match. It refuses nothing, so its work is capped ({@link InspectionProperties}): the start of
 * each value, up to a budget per request. Secrets (passwords, codes, tokens) are never looked
 * at; JSON and multipart bodies are left alone (validated where they are bound). The event names the kind,
 * the path's shape and the field, never the text that matched.
 */
@Component
@Order(-140)
@EnableConfigurationProperties(InspectionProperties.class)
class SuspiciousInput extends OncePerRequestFilter {

    private static final Pattern SECRET_FIELD = Pattern.compile("(?i).*(password|code|token|secret|_csrf).*");

    private final ApplicationEventPublisher events;
    private final InspectionProperties limits;
    private final Clock clock;

    SuspiciousInput(ApplicationEventPublisher events, InspectionProperties limits, Clock clock) {
        this.events = events;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !limits.enabled() || StaticAssets.isAsset(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        inspect(request).ifPresent(seen -> events.publishEvent(seen));
        chain.doFilter(request, response);
    }

    Optional<SuspiciousInputSeen> inspect(HttpServletRequest request) {
        int budget = limits.maxRequestChars();
        String path = request.getRequestURI();
        Optional<SuspiciousInputSeen.Kind> found = InputShapes.of(capped(path, budget));
        if (found.isPresent()) {
            return Optional.of(seen(request, found.get(), "path"));
        }
        budget -= Math.min(path.length(), limits.maxValueChars());
        if (!hasInspectableParameters(request)) {
            return Optional.empty();
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (SECRET_FIELD.matcher(capped(parameter.getKey(), 200)).matches()) {
                continue;
            }
            for (String value : parameter.getValue()) {
                if (budget <= 0) {
                    return Optional.empty();
                }
                CharSequence inspected = capped(value, budget);
                budget -= inspected.length();
                found = InputShapes.of(inspected);
                if (found.isPresent()) {
                    return Optional.of(seen(request, found.get(), RequestShape.field(parameter.getKey())));
                }
            }
        }
        return Optional.empty();
    }

    private CharSequence capped(String value, int budget) {
        int length = Math.min(value.length(), Math.min(limits.maxValueChars(), Math.max(budget, 0)));
        return length == value.length() ? value : value.subSequence(0, length);
    }

    private SuspiciousInputSeen seen(HttpServletRequest request, SuspiciousInputSeen.Kind kind, String field) {
        return new SuspiciousInputSeen(kind, RequestShape.method(request.getMethod()), RequestShape.path(request.getRequestURI()), field,
                ClientIdentity.of(request), clock.instant());
    }

    /**
     * Parameters come from the query string, and from the body only for a form sent by a method
     * the container reads bodies for; anything else would parse nothing, so it is not asked.
     */
    static boolean hasInspectableParameters(HttpServletRequest request) {
        if (request.getQueryString() != null) {
            return true;
        }
        String type = request.getContentType();
        return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod()) && type != null
                && type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
    }
}
