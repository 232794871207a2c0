package com.mediapatch.messaging;

/** A message without text or over the length limit (422): the composer keeps the draft and says why. */
public class MessageInvalid extends MessageRefused {

    MessageInvalid(String detail) {
        super(MESSAGE_INVALID, detail);
    }
}
