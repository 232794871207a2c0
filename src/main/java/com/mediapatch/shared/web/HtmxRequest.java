package com.mediapatch.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Reads the headers htmx sends. A request wants a fragment when htmx made it and did not
 * boost a whole-page navigation; everything else gets the full page from the same handler.
 */
public final class HtmxRequest {

    private HtmxRequest() {
    }

    public static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    public static boolean wantsFragment(HttpServletRequest request) {
        return isHtmx(request) && !"true".equals(request.getHeader("HX-Boosted"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }
}
