package com.mediapatch.moderation.web;

import java.util.List;

import com.mediapatch.moderation.ModerationRoutes;
import com.mediapatch.moderation.internal.CaseFile;

/**
 * The moderation queue: a page of open cases, oldest first.
 *
 * @param entries the open cases with what they are about and who holds them
 * @param next the cursor of the following (newer) cases, or null when these are the last
 */
public record QueuePage(List<Entry> entries, String next) {

    /** How many open cases this page shows, with a "+" when more follow. */
    public String countLabel() {
        return entries.size() + (next == null ? "" : "+");
    }

    public String newerPath() {
        return next == null ? null : ModerationRoutes.QUEUE + "?after=" + next;
    }

    /** One open case. */
    public record Entry(CaseFile.Summary summary, String about, String claimedBy) {
    }
}
