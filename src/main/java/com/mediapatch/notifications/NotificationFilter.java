package com.mediapatch.notifications;

import com.mediapatch.identity.AccountId;

/**
 * Lets another module veto notifications caused by one member for another (social: the
 * recipient muted the actor, or a block stands between them). Every bean is asked.
 */
public interface NotificationFilter {

    boolean suppresses(AccountId recipient, AccountId actor);
}
