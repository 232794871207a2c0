package com.mediapatch.moderation;

/**
 * What a report is about: a member, a message, a conversation, or something another module contributes
 * through a {@link ReportableTarget} bean (written {@code kind:id} when reported, such as an ad).
 */
public enum TargetType {
    MEMBER, MESSAGE, CONVERSATION, CONTRIBUTED
}
