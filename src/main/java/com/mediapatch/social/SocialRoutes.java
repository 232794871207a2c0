package com.mediapatch.social;

/**
 * Paths of the social screens, imported by templates. Other modules (messaging, a profile
 * page) post a form with a handle to {@link #action(String, ConnectionAction)}, for example to
 * block someone from a conversation, optionally with a local {@code returnTo} path.
 */
public final class SocialRoutes {

    public static final String FRIENDS = "/friends";
    /** GET: the connection buttons for one member, as an htmx fragment; POST .../{action}: do it. */
    public static final String ACTIONS = "/friends/actions";
    /** GET: a member's friends (page or fragment), as far as the viewer may see them. */
    public static final String FRIENDS_OF = "/friends/of";
    /** POST .../{handle}: send a friend request (its own prefix, so it has its own, stricter rate limit). */
    public static final String REQUESTS = "/friends/requests";
    /** DOM id of the connection buttons, swapped in place by htmx. */
    public static final String ACTIONS_ID = "connection-actions";

    private SocialRoutes() {
    }

    public static String actions(String handle) {
        return ACTIONS + "/" + handle;
    }

    public static String action(String handle, ConnectionAction action) {
        return action == ConnectionAction.REQUEST ? REQUESTS + "/" + handle : actions(handle) + "/" + action.slug();
    }

    public static String friendsOf(String handle) {
        return FRIENDS_OF + "/" + handle;
    }
}
