package com.mediapatch.moderation;

/** What a report is about. */
public enum TargetType {
    MEMBER, MESSAGE, CONVERSATION
}
