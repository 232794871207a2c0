package com.mediapatch.messaging.web;

/** The composer and the edit form: just the text. Length is checked by the messenger, which owns the limit. */
public record MessageForm(String text) {
}
