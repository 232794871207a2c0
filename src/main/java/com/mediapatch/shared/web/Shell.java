package com.mediapatch.shared.web;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Everything the layout needs besides the page itself. Every page template declares a
 * {@code Shell} parameter named shell; {@link ShellAdvice} supplies it to every controller.
 *
 * @param siteName the name shown in the header and titles
 * @param path the request path, to mark the current navigation entry
 * @param fragment true when htmx asked for the page body only
 * @param toasts messages to show once on this page
 * @param signedIn whether a member is signed in
 * @param viewer how the signed-in member appears, or null
 * @param csrf the token state-changing requests must carry, or null outside Spring Security
 * @param notices site-wide lines shown above the page
 */
public record Shell(String siteName, String path, boolean fragment, List<Toast> toasts, boolean signedIn,
        Viewer viewer, CsrfToken csrf, List<Notice> notices) {

    public Shell {
        toasts = List.copyOf(toasts);
        notices = List.copyOf(notices);
    }

    public static final String SITE_NAME = "The Media Patch";

    /** The shell for the page being rendered for this request. */
    public static Shell forRequest(HttpServletRequest request) {
        return forRequest(request, principal -> Optional.empty(), List.of());
    }

    /** The shell, with the signed-in member described by {@code viewers} and every module's notices. */
    public static Shell forRequest(HttpServletRequest request, ViewerLookup viewers, List<ShellNotices> notices) {
        Principal principal = request.getUserPrincipal();
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (csrf != null) {
            csrf.getToken(); // resolve the deferred token now, before the response is committed
        }
        return new Shell(SITE_NAME, request.getRequestURI(), HtmxRequest.wantsFragment(request),
                flashedToasts(request), principal != null,
                principal == null ? null : viewers.viewer(principal).orElse(null), csrf,
                notices.stream().flatMap(source -> source.notices(request).stream()).toList());
    }

    /** {@code aria-current} value for a navigation link to {@code href}, or null. */
    public String currentFor(String href) {
        boolean current = "/".equals(href) ? "/".equals(path) : path.startsWith(href);
        return current ? "page" : null;
    }

    public String titleFor(String pageTitle) {
        return pageTitle == null || pageTitle.isBlank() ? siteName : pageTitle + " · " + siteName;
    }

    @SuppressWarnings("unchecked")
    private static List<Toast> flashedToasts(HttpServletRequest request) {
        var flash = RequestContextUtils.getInputFlashMap(request);
        Object toasts = flash == null ? null : flash.get(Toasts.FLASH_ATTRIBUTE);
        return toasts == null ? List.of() : (List<Toast>) toasts;
    }
}
