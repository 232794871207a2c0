package com.mediapatch.calendar.web;

import java.util.List;
import java.util.Optional;

import com.mediapatch.calendar.Attendance;
import com.mediapatch.calendar.EventDetails;
import com.mediapatch.calendar.Occurrence;
import com.mediapatch.calendar.Repetition;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.shared.Markdown;

/**
 * One event, seen at one of its occurrences.
 *
 * @param event the event
 * @param organiser who organises it
 * @param occurrence the occurrence shown (the next one unless another was chosen), or null when none is left
 * @param upcoming its next occurrences, to choose from
 * @param lineup the members in the lineup the viewer may see, with whether each confirmed
 * @param answer the viewer's answer to the occurrence shown
 * @param times the viewer's zone
 * @param organising whether the viewer organises it
 * @param askedToConfirm whether the viewer is named in the lineup and has not confirmed yet
 * @param signedIn whether the viewer is signed in
 */
public record EventPage(EventDetails event, ProfileSummary organiser, Occurrence occurrence, List<Occurrence> upcoming,
        List<LineupEntry> lineup, Optional<Attendance> answer, Times times, boolean organising, boolean askedToConfirm,
        boolean signedIn) {

    /**
     * A lineup member as shown.
     *
     * @param member who
     * @param confirmed whether they confirmed (unconfirmed ones only show to the organiser and themselves)
     */
    public record LineupEntry(ProfileSummary member, boolean confirmed) {
    }

    public String descriptionHtml() {
        return Markdown.toSafeHtml(event.description());
    }

    public String repetition() {
        return Repetition.of(event.rrule()).label();
    }

    public boolean full() {
        return occurrence != null && occurrence.full(event.capacity());
    }

    public boolean answered(Attendance attendance) {
        return answer.isPresent() && answer.get() == attendance;
    }

    /** Whether answers are taken: an occurrence that is neither cancelled nor over. */
    public boolean open() {
        return occurrence != null && !occurrence.cancelled() && !event.cancelled();
    }

    public String capacityLabel() {
        return event.capacity() == null ? null : occurrence == null ? String.valueOf(event.capacity())
                : Math.max(0, event.capacity() - occurrence.going()) + " of " + event.capacity() + " places left";
    }
}
