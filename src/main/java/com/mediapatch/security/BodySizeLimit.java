package com.mediapatch.security;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses oversized request bodies with 413 before anything reads them: forms and JSON may be
 * at most {@code mediapatch.security.max-body-size}; uploads (multipart) have their own,
 * larger limit in {@code spring.servlet.multipart.*}.
 */
@Component
@Order(-160)
class BodySizeLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final Refusals refusals;

    BodySizeLimit(@Value("${mediapatch.security.max-body-size:1MB}") DataSize maxBody, Refusals refusals) {
        this.maxBytes = maxBody.toBytes();
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        if (multipart) {
            chain.doFilter(request, response);
        } else if (request.getContentLengthLong() > maxBytes) {
            refuse(request, response);
        } else if (request.getContentLengthLong() < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null && !form(type)) {
            // A chunked body announces no length: measure it before anything parses it.
            Optional<HttpServletRequest> buffered = BufferedBody.readAtMost(request, maxBytes);
            if (buffered.isEmpty()) {
                refuse(request, response);
            } else {
                chain.doFilter(buffered.get(), response);
            }
        } else {
            chain.doFilter(request, response);
        }
    }

    /** Tomcat parses form bodies itself, capped by {@code server.tomcat.max-http-form-post-size}. */
    private static boolean form(String type) {
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        refusals.publish(RequestRefused.Reason.BODY_TOO_LARGE, request, "address:" + request.getRemoteAddr());
        response.sendError(HttpStatus.CONTENT_TOO_LARGE.value(), "Request body too large");
    }
}
