package com.mediapatch.classifieds.web;

import java.time.Instant;
import java.util.List;

import com.mediapatch.classifieds.Ad;
import com.mediapatch.classifieds.ClassifiedsRoutes;

/**
 * The member's own ads with their status, newest first.
 *
 * @param ads this page of them
 * @param nextLink the next page, or null
 * @param now the time the page is rendered
 */
public record MyAdsPage(List<Ad> ads, String nextLink, Instant now) {

    public String path(Ad ad) {
        return ClassifiedsRoutes.ad(ad.id());
    }
}
