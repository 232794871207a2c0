package com.mediapatch.live;

import java.util.List;

import com.mediapatch.identity.AccountId;

/**
 * Replays what a member missed on one topic while their tab was disconnected. A module whose
 * events carry cursors declares one bean of this type; topics without one are live only, and
 * their pages show the current state when loaded.
 */
public interface LiveCatchUp {

    /** The topic this replays, as in its live kinds. */
    String topic();

    /** Events of the topic for {@code member} with a cursor above {@code after}, oldest first, at most {@code limit}. */
    List<LiveEvent> since(AccountId member, long after, int limit);
}
