package com.mediapatch.ai;

/**
 * One label a text may be classified as, with the description it is compared with.
 *
 * @param name what the caller gets back, for example "bass"
 * @param description words that describe texts of this label, for example "bass player, bassist, electric bass guitar"
 */
public record LabelChoice(String name, String description) {
}
