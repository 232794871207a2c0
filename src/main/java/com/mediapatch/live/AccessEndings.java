package com.mediapatch.live;

import com.mediapatch.identity.AccessEnded;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Closes a member's live connections on every node when their access ends (identity's rule). */
@Component
class AccessEndings {

    private final LiveChannel channel;

    AccessEndings(LiveChannel channel) {
        this.channel = channel;
    }

    @ApplicationModuleListener(id = "live.on-access-ended")
    void on(AccessEnded ended) {
        if (ended.reason().endsLiveConnections()) {
            channel.endFor(ended.account());
        }
    }
}
