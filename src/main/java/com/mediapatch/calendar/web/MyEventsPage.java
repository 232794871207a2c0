package com.mediapatch.calendar.web;

import java.util.List;

import com.mediapatch.calendar.EventDetails;
import com.mediapatch.calendar.internal.FeedDesk;
import com.mediapatch.calendar.internal.MyAnswer;

/**
 * "My events": what the member organises and answered, and their calendar feeds.
 *
 * @param organising events the member organises, newest first
 * @param answered occurrences the member answered, soonest first
 * @param feeds the member's live feeds
 * @param newFeedUrl the address of a feed made just now, shown once, or null
 * @param times the viewer's zone
 */
public record MyEventsPage(List<EventDetails> organising, List<MyAnswer> answered, List<FeedDesk.Feed> feeds,
        String newFeedUrl, Times times) {
}
