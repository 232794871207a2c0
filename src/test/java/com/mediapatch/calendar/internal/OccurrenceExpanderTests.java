package com.mediapatch.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import com.mediapatch.calendar.Repetition;

import org.junit.jupiter.api.Test;

class OccurrenceExpanderTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void weeklyJamKeepsItsLocalTimeAcrossTheClockChange() {
        // Thursday 19 March 2026, 20:00 GMT; British Summer Time starts on Sunday 29 March.
        ZonedDateTime first = LocalDateTime.of(2026, 3, 19, 20, 0).atZone(LONDON);
        String rrule = Repetition.WEEKLY.rrule(first);

        List<ZonedDateTime> starts = OccurrenceExpander.starts(first, rrule, first.toInstant(),
                first.plusWeeks(3).toInstant());

        assertThat(starts).extracting(ZonedDateTime::toLocalTime).containsOnly(LocalTime.of(20, 0));
        assertThat(starts).extracting(ZonedDateTime::toInstant).containsExactly(
                Instant.parse("2026-03-19T20:00:00Z"), Instant.parse("2026-03-26T20:00:00Z"),
                Instant.parse("2026-04-02T19:00:00Z"));
    }

    @Test
    void monthlyRepeatsOnTheSameWeekdayOfTheMonth() {
        // The second Thursday of January 2027.
        ZonedDateTime first = LocalDateTime.of(2027, 1, 14, 19, 30).atZone(LONDON);
        String rrule = Repetition.MONTHLY.rrule(first);

        List<ZonedDateTime> starts = OccurrenceExpander.starts(first, rrule, first.toInstant(),
                first.plusMonths(3).toInstant());

        assertThat(rrule).isEqualTo("FREQ=MONTHLY;BYDAY=2TH");
        assertThat(starts).extracting(start -> start.toLocalDate().toString())
                .containsExactly("2027-01-14", "2027-02-11", "2027-03-11", "2027-04-08");
    }

    @Test
    void fortnightlySkipsAWeekAndTheWindowCutsBothEnds() {
        ZonedDateTime first = LocalDateTime.of(2027, 1, 5, 18, 0).atZone(LONDON);
        String rrule = Repetition.FORTNIGHTLY.rrule(first);

        List<ZonedDateTime> starts = OccurrenceExpander.starts(first, rrule, first.plusDays(1).toInstant(),
                first.plusWeeks(6).toInstant());

        assertThat(starts).extracting(start -> start.toLocalDate().toString())
                .containsExactly("2027-01-19", "2027-02-02");
    }

    @Test
    void aSingleEventHasOneOccurrence() {
        ZonedDateTime first = LocalDateTime.of(2027, 1, 5, 18, 0).atZone(LONDON);

        assertThat(OccurrenceExpander.starts(first, null, first.toInstant(), first.plusYears(1).toInstant()))
                .containsExactly(first);
    }
}
