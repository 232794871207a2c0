package com.mediapatch.notifications.internal;

import java.util.Set;

import com.mediapatch.identity.AccountId;
import com.mediapatch.live.LiveChannel;
import com.mediapatch.live.LiveEvent;
import com.mediapatch.live.LiveKind;

import org.springframework.stereotype.Component;

/**
 * Tells a member's open tabs that their notifications changed (one arrived, or some were read
 * elsewhere), so the bell asks for its count again instead of polling. Live only: a reconnecting
 * tab refreshes its bell anyway.
 */
@Component
public class BellUpdates {

    static final LiveKind CHANGED = new LiveKind("notifications", "changed");

    private final LiveChannel live;

    BellUpdates(LiveChannel live) {
        this.live = live;
    }

    public void changed(AccountId member) {
        live.publish(new LiveEvent(CHANGED, member, Set.of(member), "{}", 0));
    }
}
