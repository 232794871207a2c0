package com.mediapatch.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses oversized request bodies with 413 before anything reads them: forms and JSON may be
 * at most {@code mediapatch.security.max-body-size}; uploads (multipart) have their own,
 * larger limit in {@code spring.servlet.multipart.*}. A JSON body sent in chunks, without a
 * Content-Length, is counted as it is read (forms are limited by the container's max post size).
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
        if (!multipart && request.getContentLengthLong() > maxBytes) {
            refuse(request, response);
            return;
        }
        if (request.getContentLengthLong() < 0 && BufferedBody.applies(request)) {
            // Sent in chunks, without a length: count what arrives instead of trusting a header.
            byte[] body = BufferedBody.readAtMost(request.getInputStream(), maxBytes);
            if (body.length > maxBytes) {
                refuse(request, response);
                return;
            }
            request = new BufferedBody(request, body);
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        refusals.publish(RequestRefused.Reason.BODY_TOO_LARGE, request, "address:" + request.getRemoteAddr());
        response.sendError(HttpStatus.CONTENT_TOO_LARGE.value(), "Request body too large");
    }
}
