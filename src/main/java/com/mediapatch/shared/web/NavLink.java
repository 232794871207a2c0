package com.mediapatch.shared.web;

import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An entry a module adds to the main navigation by declaring it as a bean; the shell gathers
 * every module's entries and keeps those the viewer may see, so the layout names no module.
 *
 * @param label what the link says
 * @param path where it goes (a route constant of the contributing module)
 * @param order where it stands: lower first
 * @param audience who sees it
 * @param badge a count loaded next to the link, or null
 */
public record NavLink(String label, String path, int order, Audience audience, Badge badge) {

    public NavLink {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(audience, "audience");
    }

    /** An entry without a badge. */
    public NavLink(String label, String path, int order, Audience audience) {
        this(label, path, order, audience, null);
    }

    /** Whether the link's label is drawn by its badge fragment (an icon such as the bell) rather than as text. */
    public boolean iconOnly() {
        return badge != null && badge.replacesLink();
    }

    /**
     * Whether the page needs a whole load rather than a boosted swap: the API documentation under /api/
     * comes with its own style sheet and a Content-Security-Policy of its own, which a swap would not bring.
     */
    public boolean leavesShell() {
        return path.startsWith("/api/");
    }

    /**
     * Who sees an entry: everyone, signed-in members, or holders of one authority
     * ({@code ROLE_GOD}, {@code moderation.review}).
     *
     * @param signedIn whether only signed-in members see it
     * @param authority the authority a viewer must hold, or null
     */
    public record Audience(boolean signedIn, String authority) {

        public static Audience everyone() {
            return new Audience(false, null);
        }

        public static Audience signedInMembers() {
            return new Audience(true, null);
        }

        public static Audience holdersOf(String authority) {
            return new Audience(true, Objects.requireNonNull(authority, "authority"));
        }

        /** Whether the viewer making {@code request} belongs to this audience. */
        public boolean admits(HttpServletRequest request) {
            if (!signedIn) {
                return true;
            }
            if (request.getUserPrincipal() == null) {
                return false;
            }
            return authority == null || holds(authority);
        }

        private static boolean holds(String authority) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication != null && authentication.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
        }
    }

    /**
     * A count fetched with htmx after the page loads (and again on {@code trigger}).
     *
     * @param id the DOM id of the element the count is loaded into
     * @param url the fragment answering the count
     * @param trigger the htmx trigger that (re)loads it, e.g. {@code "load, messages:unread from:body"}
     * @param liveTopic a live-channel topic that reloads it ({@code data-live-refresh}), or null
     * @param replacesLink true when the fragment answers the whole link (an icon with its count), false when
     *        it answers only the count shown after the label
     */
    public record Badge(String id, String url, String trigger, String liveTopic, boolean replacesLink) {
    }
}
