package com.mediapatch.calendar;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An event as the form and the API send it. Times are local to {@code zone}, written
 * {@code 2026-12-10T19:30}; the rules across fields (end after start, not in the past, a place or a
 * link) are checked when it is saved.
 *
 * @param type what sort of event
 * @param title its name
 * @param description Markdown, sanitized when shown
 * @param venue where, by name; optional for online streams
 * @param address street address, optional
 * @param city the city's name as typed, kept for the form; the picked {@code placeId} decides
 * @param placeId the city picked from the gazetteer; null for online streams
 * @param onlineLink the stream's address, required for online streams
 * @param starts local start
 * @param ends local end
 * @param zone IANA time zone such as Europe/London
 * @param repetition how it repeats
 * @param genres comma-separated
 * @param free whether entry is free
 * @param price what entry costs, in words ("£8 on the door"), when not free
 * @param ticketLink where to buy tickets
 * @param ageLimit minimum age, if any
 * @param capacity most people going, if limited; more join the waitlist
 * @param lineup handles of members playing, comma-separated; each confirms before being shown
 */
public record EventDraft(
        @NotNull(message = "Choose the type of event.") EventType type,
        @NotBlank(message = "Give the event a title.") @Size(max = 120, message = "Use at most 120 characters.") String title,
        @Size(max = 5000, message = "Use at most 5000 characters.") String description,
        @Size(max = 120, message = "Use at most 120 characters.") String venue,
        @Size(max = 200, message = "Use at most 200 characters.") String address,
        @Size(max = 120, message = "Use at most 120 characters.") String city,
        Long placeId,
        @Size(max = 500, message = "Use at most 500 characters.")
        @Pattern(regexp = "^(https?://\\S+)?$", message = "Enter a link starting with https://.") String onlineLink,
        @NotBlank(message = "Enter when it starts.") @Pattern(regexp = TIME, message = "Enter a date and time.") String starts,
        @NotBlank(message = "Enter when it ends.") @Pattern(regexp = TIME, message = "Enter a date and time.") String ends,
        @NotBlank(message = "Choose a time zone.") @Size(max = 64) String zone,
        Repetition repetition,
        @Size(max = 300, message = "Use at most 300 characters.") String genres,
        boolean free,
        @Size(max = 40, message = "Use at most 40 characters.") String price,
        @Size(max = 500, message = "Use at most 500 characters.")
        @Pattern(regexp = "^(https?://\\S+)?$", message = "Enter a link starting with https://.") String ticketLink,
        @Min(value = 0, message = "Enter an age from 0 to 21.") @Max(value = 21, message = "Enter an age from 0 to 21.") Integer ageLimit,
        @Min(value = 1, message = "Enter a capacity from 1 to 100000.")
        @Max(value = 100_000, message = "Enter a capacity from 1 to 100000.") Integer capacity,
        @Size(max = 400, message = "Use at most 400 characters.") String lineup) {

    /** A local date and time as a datetime-local field sends it, seconds optional. */
    public static final String TIME = "^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?)?$";

    public Repetition repetitionOrNone() {
        return repetition == null ? Repetition.NONE : repetition;
    }
}
