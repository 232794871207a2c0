package com.mediapatch.classifieds;

import java.time.Instant;

import com.mediapatch.identity.AccountId;

/**
 * An ad was published (not renewed): saved searches are checked against it.
 *
 * @param ad the ad
 * @param owner who published it
 * @param at when
 */
public record AdPublished(AdId ad, AccountId owner, Instant at) {
}
