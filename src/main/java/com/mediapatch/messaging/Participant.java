package com.mediapatch.messaging;

import com.mediapatch.identity.AccountId;

/**
 * A member of a conversation as the conversation knows them.
 *
 * @param account who
 * @param role their role (groups); MEMBER in direct conversations
 * @param lastReadSeq sequence number of the newest message they have read
 */
public record Participant(AccountId account, Role role, long lastReadSeq) {
}
