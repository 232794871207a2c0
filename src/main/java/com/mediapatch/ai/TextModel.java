package com.mediapatch.ai;

import java.util.function.Consumer;

/** The text capability: one provider that writes an answer, passing each piece to the listener as it comes. */
public interface TextModel {

    TextReply generate(TextRequest request, Consumer<String> onPiece);
}
