package com.mediapatch.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import com.mediapatch.identity.AccountId;

/**
 * An event as stored: the first occurrence's times in UTC with the organiser's zone, and its rule.
 *
 * @param id the event
 * @param organiser who made it
 * @param type what sort
 * @param title name
 * @param description Markdown source
 * @param venue venue name or null
 * @param address street address or null
 * @param placeId gazetteer id of the city, null for online
 * @param city city name or null
 * @param country ISO alpha-2 or null
 * @param latitude the city's latitude or null
 * @param longitude the city's longitude or null
 * @param onlineLink stream link or null
 * @param startsAt first start, UTC
 * @param endsAt first end, UTC
 * @param zone the organiser's IANA zone
 * @param rrule RFC 5545 recurrence rule or null
 * @param genres lower-case genres
 * @param free whether entry is free
 * @param price price in words or null
 * @param ticketLink ticket link or null
 * @param ageLimit minimum age or null
 * @param capacity most going or null for unlimited
 * @param cancelledAt when the whole event was cancelled, or null
 */
public record EventDetails(UUID id, AccountId organiser, EventType type, String title, String description, String venue,
        String address, Long placeId, String city, String country, Double latitude, Double longitude, String onlineLink,
        Instant startsAt, Instant endsAt, ZoneId zone, String rrule, List<String> genres, boolean free, String price,
        String ticketLink, Integer ageLimit, Integer capacity, Instant cancelledAt) {

    public Duration duration() {
        return Duration.between(startsAt, endsAt);
    }

    /** The first start in the organiser's zone: recurrence counts from this local time. */
    public ZonedDateTime localStart() {
        return startsAt.atZone(zone);
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }

    public boolean recurring() {
        return rrule != null;
    }

    public boolean organisedBy(AccountId member) {
        return organiser.equals(member);
    }
}
