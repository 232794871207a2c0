package com.mediapatch.moderation.web;

import java.util.List;

import com.mediapatch.moderation.internal.CaseFile;

/**
 * The moderation queue: open cases, oldest first.
 *
 * @param entries the open cases with what they are about and who holds them
 */
public record QueuePage(List<Entry> entries) {

    /** One open case. */
    public record Entry(CaseFile.Summary summary, String about, String claimedBy) {
    }
}
