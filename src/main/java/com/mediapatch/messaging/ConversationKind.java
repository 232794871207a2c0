package com.mediapatch.messaging;

/** A one-to-one conversation or a named group chat. */
public enum ConversationKind {
    DIRECT, GROUP
}
