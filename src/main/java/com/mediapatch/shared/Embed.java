package com.mediapatch.shared;

/**
 * A link to a media provider, shown as a card. The player address is rebuilt from the ids
 * parsed out of the link, never copied from it, and is only loaded when the reader asks.
 *
 * @param provider provider name as shown, e.g. "YouTube"
 * @param link the link as written (already checked to be an https link to the provider)
 * @param playerUrl the embed address on the provider's player origin, or null when the link
 *        cannot be played inline (it is then a card with the link only)
 */
public record Embed(String provider, String link, String playerUrl) {

    public boolean playable() {
        return playerUrl != null;
    }
}
