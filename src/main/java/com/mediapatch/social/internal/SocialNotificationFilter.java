package com.mediapatch.social.internal;

import com.mediapatch.identity.AccountId;
import com.mediapatch.notifications.NotificationFilter;
import com.mediapatch.social.SocialGraph;

import org.springframework.stereotype.Component;

/** Nobody hears from a member they muted, and nothing crosses a block, whichever module raised it. */
@Component
class SocialNotificationFilter implements NotificationFilter {

    private final SocialGraph graph;

    SocialNotificationFilter(SocialGraph graph) {
        this.graph = graph;
    }

    @Override
    public boolean suppresses(AccountId recipient, AccountId actor) {
        return graph.muted(recipient, actor) || graph.blockedBetween(recipient, actor);
    }
}
