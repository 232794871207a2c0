package com.mediapatch.classifieds.web;

import java.time.Instant;
import java.util.List;

import com.mediapatch.classifieds.Ad;
import com.mediapatch.classifieds.AdStatus;
import com.mediapatch.classifieds.ClassifiedsRoutes;
import com.mediapatch.classifieds.internal.AdReports;
import com.mediapatch.moderation.ModerationRoutes;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.shared.Embed;
import com.mediapatch.shared.web.FormErrors;

/**
 * One ad: its text (sanitized HTML), players, author, and the steps open to this viewer.
 *
 * @param ad the ad
 * @param owner its author, or null when their profile is gone
 * @param descriptionHtml the Markdown description, sanitized
 * @param players click-to-load players for its media links
 * @param mine whether the viewer owns it
 * @param signedIn whether the viewer is signed in (to reply or report)
 * @param now the time the page is rendered
 * @param reply the reply as typed, kept when refused
 * @param errors what was wrong with the reply
 */
public record AdPage(Ad ad, ProfileSummary owner, String descriptionHtml, List<Embed> players, boolean mine,
        boolean signedIn, Instant now, String reply, FormErrors errors) {

    public String step(String step) {
        return ClassifiedsRoutes.step(ad.id(), step);
    }

    public String editLink() {
        return ClassifiedsRoutes.edit(ad.id());
    }

    public String reportLink() {
        return ModerationRoutes.reportContributed(AdReports.KIND, ad.id().value());
    }

    public boolean publishable() {
        return mine && ad.status() == AdStatus.DRAFT;
    }

    public boolean renewable() {
        return mine && ad.status() == AdStatus.PUBLISHED;
    }

    public boolean fillable() {
        return mine && ad.status() == AdStatus.PUBLISHED;
    }

    public boolean editable() {
        return mine && ad.status() != AdStatus.CLOSED;
    }

    public boolean answerable() {
        return !mine && signedIn && ad.live(now);
    }
}
