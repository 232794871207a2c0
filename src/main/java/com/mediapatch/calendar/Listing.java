package com.mediapatch.calendar;

/**
 * A row of the events list: an occurrence with its event.
 *
 * @param occurrence when, with counts
 * @param event what
 */
public record Listing(Occurrence occurrence, EventDetails event) {
}
