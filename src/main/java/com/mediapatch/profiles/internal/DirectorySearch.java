package com.mediapatch.profiles.internal;

import com.mediapatch.identity.AccountId;
import com.mediapatch.profiles.Discipline;

/**
 * What a directory page asks for.
 *
 * @param viewer who looks, or null when signed out
 * @param text words that each must begin a word of the member's name or handle; blank for all
 * @param discipline only members of this discipline, or null
 * @param after the page starts after this member's handle in name order, or null
 * @param before the page ends before this member's handle (going back), or null
 */
public record DirectorySearch(AccountId viewer, String text, Discipline discipline, String after, String before) {
}
