package com.mediapatch.profiles.web;

import java.util.List;

/**
 * Tags offered while a member types a skill or genre.
 *
 * @param tags what to offer, most used first
 */
public record TagSuggestionsFragment(List<String> tags) {
}
