package com.mediapatch.shared.web;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Everything the layout needs besides the page itself. Every page template declares a
 * {@code Shell} parameter named shell; {@link ShellForPages} supplies it to every page rendered.
 *
 * @param siteName the name shown in the header and titles
 * @param path the request path, to mark the current navigation entry
 * @param fragment true when htmx asked for the page body only
 * @param toasts messages to show once on this page
 * @param signedIn whether a member is signed in
 * @param viewer how the signed-in member appears, or null
 * @param csrf the token state-changing requests must carry, or null outside Spring Security
 * @param captureGuard whether protected content gets screen-capture deterrence: for everyone but God viewers
 * @param watermark what protected content is marked with, {@code @handle · 2026-11-25 21:04 UTC}; null when
 *        there is nobody to trace (signed out) or the viewer holds God Mode
 * @param notices site-wide lines shown above the page
 * @param settingsNav the settings navigation every module contributes to, in order
 * @param godModeNav God Mode's own navigation every module with a God page contributes to, in order
 * @param mainNav the main navigation entries every module contributes that this viewer may see, in order
 * @param assetUrls what turns a static file's path into its fingerprinted address, or null where none is
 *        configured (then paths are used as they are)
 */
public record Shell(String siteName, String path, boolean fragment, List<Toast> toasts, boolean signedIn,
        Viewer viewer, CsrfToken csrf, boolean captureGuard, String watermark, List<Notice> notices,
        List<SettingsLink> settingsNav, List<GodModeLink> godModeNav, List<NavLink> mainNav, ResourceUrlProvider assetUrls) {

    public Shell {
        toasts = List.copyOf(toasts);
        notices = List.copyOf(notices);
        settingsNav = settingsNav.stream().sorted(Comparator.comparingInt(SettingsLink::order)).toList();
        godModeNav = godModeNav.stream().sorted(Comparator.comparingInt(GodModeLink::order)).toList();
        mainNav = mainNav.stream().sorted(Comparator.comparingInt(NavLink::order)).toList();
    }

    public static final String SITE_NAME = "The Media Patch";

    private static final DateTimeFormatter WATERMARK_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** The shell for the page being rendered for this request. */
    public static Shell forRequest(HttpServletRequest request) {
        return forRequest(request, principal -> Optional.empty(), List.of(), Clock.systemUTC());
    }

    /**
     * The shell, with the signed-in member described by {@code viewers}, every module's
     * notices, and watermarks stamped by {@code clock}.
     */
    public static Shell forRequest(HttpServletRequest request, ViewerLookup viewers, List<ShellNotices> notices, Clock clock) {
        Principal principal = request.getUserPrincipal();
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (csrf != null) {
            csrf.getToken(); // resolve the deferred token now, before the response is committed
        }
        Viewer viewer = principal == null ? null : viewers.viewer(principal).orElse(null);
        boolean captureGuard = !request.isUserInRole("GOD");
        return new Shell(SITE_NAME, request.getRequestURI(), HtmxRequest.wantsFragment(request),
                flashedToasts(request), principal != null, viewer, csrf,
                captureGuard, captureGuard && principal != null ? watermark(principal, viewer, clock.instant()) : null,
                notices.stream().flatMap(source -> source.notices(request).stream()).toList(), List.of(), List.of(), List.of(),
                (ResourceUrlProvider) request.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR));
    }

    /**
     * This shell with the navigation the modules contributed: every settings link and God Mode tab, the main entries
     * this viewer may see.
     */
    public Shell withNavigation(List<SettingsLink> settingsLinks, List<GodModeLink> godModeLinks, List<NavLink> visibleMainLinks) {
        return new Shell(siteName, path, fragment, toasts, signedIn, viewer, csrf, captureGuard, watermark, notices,
                settingsLinks, godModeLinks, visibleMainLinks, assetUrls);
    }

    /** The viewer's handle (their account when they have no profile yet) and the time, to make leaks traceable. */
    static String watermark(Principal principal, Viewer viewer, Instant at) {
        String who = viewer == null ? "member " + principal.getName() : "@" + viewer.handle();
        return who + " · " + WATERMARK_TIME.format(at);
    }

    /** Whether the viewer holds God Mode (the one kind of viewer the capture guard leaves alone). */
    public boolean godMode() {
        return signedIn && !captureGuard;
    }

    /** {@code aria-current} value for a navigation link to {@code href}, or null. */
    public String currentFor(String href) {
        boolean current = "/".equals(href) ? "/".equals(path) : path.startsWith(href);
        return current ? "page" : null;
    }

    /** {@code aria-current} for an entry of a section's own navigation: its root entry only on the root itself. */
    public String currentWithin(String sectionRoot, String href) {
        return href.equals(sectionRoot) ? (path.equals(href) ? "page" : null) : currentFor(href);
    }

    /** The address of the static file at {@code path} under its fingerprinted name ({@link StaticAssets}). */
    public String asset(String path) {
        String fingerprinted = assetUrls == null ? null : assetUrls.getForLookupPath(path);
        return fingerprinted == null ? path : fingerprinted;
    }

    /**
     * The fingerprinted addresses of the shell's scripts and then the page's, each once: what the
     * layout loads in the head and lists for scripts added after a boosted navigation.
     */
    public List<String> scriptUrls(List<PageScript> shellScripts, List<PageScript> pageScripts) {
        return Stream.concat(shellScripts.stream(), pageScripts.stream()).map(PageScript::path).distinct()
                .map(this::asset).toList();
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
