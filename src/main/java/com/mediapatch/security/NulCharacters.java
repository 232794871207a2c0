package com.mediapatch.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

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
 * Refuses with 400 any request carrying a NUL character in a parameter or a JSON string
 * ({@code \u0000}): no text anyone types contains one, and PostgreSQL cannot store it, so it
 * would otherwise reach the database and fail there as a 500.
 */
@Component
@Order(-155)
class NulCharacters extends OncePerRequestFilter {

    private static final Pattern ESCAPED_NUL = Pattern.compile("\\\\u0000", Pattern.CASE_INSENSITIVE);

    private final long maxBytes;
    private final Refusals refusals;

    NulCharacters(@Value("${mediapatch.security.max-body-size:1MB}") DataSize maxBody, Refusals refusals) {
        this.maxBytes = maxBody.toBytes();
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest checked = isJson(request) && BufferedBody.applies(request) && !(request instanceof BufferedBody)
                ? new BufferedBody(request, BufferedBody.readAtMost(request.getInputStream(), maxBytes)) : request;
        if (hasNul(checked.getParameterMap()) || checked instanceof BufferedBody body
                && ESCAPED_NUL.matcher(new String(body.bytes(), StandardCharsets.UTF_8)).find()) {
            refusals.publish(RequestRefused.Reason.MALFORMED_INPUT, request, "address:" + request.getRemoteAddr());
            response.sendError(HttpStatus.BAD_REQUEST.value(), "NUL characters are not accepted");
            return;
        }
        chain.doFilter(checked, response);
    }

    private static boolean isJson(HttpServletRequest request) {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        return type.startsWith("application/json") || type.matches("application/[^;]*\\+json.*");
    }

    private static boolean hasNul(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (parameter.getKey().indexOf('\0') >= 0) {
                return true;
            }
            for (String value : parameter.getValue()) {
                if (value.indexOf('\0') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
