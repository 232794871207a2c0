package com.mediapatch.messaging;

/**
 * A member's messaging settings.
 *
 * @param whoMayMessage who may send them direct messages
 * @param readReceipts whether they send and see read receipts
 */
public record MessagingPreferences(WhoMayMessage whoMayMessage, boolean readReceipts) {

    public static final MessagingPreferences DEFAULT = new MessagingPreferences(WhoMayMessage.EVERYONE, true);
}
