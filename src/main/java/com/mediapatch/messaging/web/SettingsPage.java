package com.mediapatch.messaging.web;

import java.util.List;

import com.mediapatch.messaging.MessagingPreferences;
import com.mediapatch.messaging.WhoMayMessage;

/** The messaging settings: who may message me, read receipts. */
public record SettingsPage(MessagingPreferences preferences) {

    public List<WhoMayMessage> choices() {
        return List.of(WhoMayMessage.values());
    }
}
