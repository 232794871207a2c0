package com.mediapatch.operations;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The id of the request being served: taken from a well-formed {@value #HEADER} header
 * (so a proxy's id carries through) or made up, then echoed in the response, every log
 * line ({@code requestId} in the MDC) and every problem detail.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    static final String ATTRIBUTE = RequestIds.class.getName();

    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    private RequestIds() {
    }

    /** The id assigned to this request, if the request passed through the filter. */
    public static Optional<String> of(HttpServletRequest request) {
        return Optional.ofNullable((String) request.getAttribute(ATTRIBUTE));
    }

    static String choose(String offered) {
        if (offered != null && ACCEPTABLE.matcher(offered).matches()) {
            return offered;
        }
        return UUID.randomUUID().toString();
    }
}
