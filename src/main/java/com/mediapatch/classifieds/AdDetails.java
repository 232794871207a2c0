package com.mediapatch.classifieds;

import java.util.List;

/**
 * What the owner writes and chooses, already checked.
 *
 * @param title one line
 * @param description Markdown source, rendered sanitized
 * @param category the kind of ad
 * @param instruments instruments or roles offered or wanted (which one, the category says), lower case
 * @param genres genres and styles, lower case
 * @param level experience offered or asked for
 * @param commitment hobby, semi-pro or pro
 * @param paid whether money changes hands
 * @param mediaLinks links to recordings and videos, shown as click-to-load players
 */
public record AdDetails(String title, String description, Category category, List<String> instruments,
        List<String> genres, Level level, Commitment commitment, boolean paid, List<String> mediaLinks) {

    public AdDetails {
        instruments = List.copyOf(instruments);
        genres = List.copyOf(genres);
        mediaLinks = List.copyOf(mediaLinks);
    }
}
