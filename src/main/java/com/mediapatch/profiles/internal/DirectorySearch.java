package com.mediapatch.profiles.internal;

import com.mediapatch.identity.AccountId;

/**
 * What a directory page asks the database for, in name order.
 *
 * @param viewer who looks, or null when signed out
 * @param filters the typed words (each must begin a word of the member's name or handle here) and filters
 * @param after the page starts after this member's handle in name order, or null
 * @param before the page ends before this member's handle (going back), or null
 */
public record DirectorySearch(AccountId viewer, DirectoryFilters filters, String after, String before) {
}
