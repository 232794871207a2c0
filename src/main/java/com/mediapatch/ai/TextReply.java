package com.mediapatch.ai;

/**
 * Text a model produced.
 *
 * @param text the whole answer
 * @param model the model that wrote it, as the provider names it
 * @param tokens how many tokens the exchange counted (prompt and answer), or an estimate
 */
public record TextReply(String text, String model, long tokens) {
}
