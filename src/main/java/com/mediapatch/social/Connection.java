package com.mediapatch.social;

/**
 * How one member stands towards another, from the first one's side.
 *
 * @param state friends, a request either way, a block placed by the viewer, or nothing
 * @param request the pending request, or null
 * @param muted whether the viewer muted the other
 */
public record Connection(State state, FriendRequestId request, boolean muted) {

    /** The relationship as the viewer may know it; a block by the other side shows as NONE. */
    public enum State {
        NONE, FRIENDS, REQUEST_SENT, REQUEST_RECEIVED, BLOCKED
    }
}
