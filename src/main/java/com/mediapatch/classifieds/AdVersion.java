package com.mediapatch.classifieds;

import java.time.Instant;
import java.util.List;

/**
 * What an ad said before an edit replaced it; moderators read these.
 *
 * @param replacedAt when the edit replaced this version
 * @param title the title then
 * @param description the description then
 * @param category the category then
 * @param instruments the instruments then
 * @param genres the genres then
 * @param mediaLinks the media links then
 */
public record AdVersion(Instant replacedAt, String title, String description, Category category,
        List<String> instruments, List<String> genres, List<String> mediaLinks) {
}
