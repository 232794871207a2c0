package com.mediapatch.moderation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.mediapatch.identity.AccountId;

/**
 * Something a module lets members report, declared as a bean in that module: moderation finds it by its
 * kind, asks it what a reporter may report and what moderators should see, and asks it to hide the
 * content when a moderator decides so. The module keeps its own content; moderation keeps only the id.
 */
public interface ReportableTarget {

    /** The kind's slug, lower-case letters only and at most 12 of them, such as “ad”; reports name a target as kind:id. */
    String kind();

    /** What {@code reporter} may report under this id (only what they can see), or empty. */
    Optional<Reportable> reportable(AccountId reporter, UUID id);

    /** What moderators see of it, in any state, with its earlier versions; empty when it no longer exists. */
    Optional<Review> review(UUID id);

    /** Hides it from everyone but its owner; false when it no longer exists. */
    boolean hide(UUID id, AccountId moderator);

    /**
     * A target as the report form names it.
     *
     * @param owner the member behind it
     * @param description a short line such as: The ad “Bassist wanted”
     */
    record Reportable(AccountId owner, String description) {
    }

    /**
     * A target as the case page shows it.
     *
     * @param owner the member behind it
     * @param description a short line naming it
     * @param text what it says now, as plain text
     * @param hidden whether a moderator has hidden it
     * @param earlierVersions what it said before each edit, newest first
     */
    record Review(AccountId owner, String description, String text, boolean hidden, List<String> earlierVersions) {

        public Review {
            earlierVersions = List.copyOf(earlierVersions);
        }
    }
}
