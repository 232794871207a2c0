package com.mediapatch.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import com.mediapatch.calendar.EventDetails;
import com.mediapatch.calendar.EventType;
import com.mediapatch.calendar.Repetition;
import com.mediapatch.identity.AccountId;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.RRule;

import org.junit.jupiter.api.Test;

class IcsWriterTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void aRecurringEventReadsBackWithItsZoneRuleAndCancelledDate() throws Exception {
        ZonedDateTime first = LocalDateTime.of(2026, 3, 19, 20, 0).atZone(LONDON);
        EventDetails event = event(first, Repetition.WEEKLY.rrule(first), "Thursday jam; bring, your \"horns\"");
        Instant cancelled = first.plusWeeks(2).toInstant();

        String ics = new IcsWriter("https://patch.example", Instant.parse("2026-03-01T00:00:00Z"))
                .event(event, List.of(cancelled)).write();

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        VEvent vevent = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(calendar.<VTimeZone>getComponent("VTIMEZONE")).isPresent();
        assertThat(vevent.getSummary().getValue()).isEqualTo("Thursday jam; bring, your \"horns\"");
        DtStart<ZonedDateTime> start = vevent.getDateTimeStart();
        assertThat(start.getDate().toInstant()).isEqualTo(first.toInstant());
        assertThat(start.<TzId>getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("Europe/London");
        assertThat(ics).contains("DTSTART;TZID=Europe/London:20260319T200000", "TZID:Europe/London");
        RRule<ZonedDateTime> rule = vevent.<RRule<ZonedDateTime>>getProperty(Property.RRULE).orElseThrow();
        assertThat(rule.getRecur().getFrequency().name()).isEqualTo("WEEKLY");
        ExDate<ZonedDateTime> exdate = vevent.<ExDate<ZonedDateTime>>getProperty(Property.EXDATE).orElseThrow();
        assertThat(exdate.getDates()).extracting(ZonedDateTime::toInstant).containsExactly(cancelled);
        // After the clocks change the occurrences stay at 20:00 in London, which is 19:00 UTC.
        assertThat(rule.getRecur().getDates(start.getDate(), first, first.plusWeeks(3)))
                .extracting(ZonedDateTime::toInstant).contains(Instant.parse("2026-04-02T19:00:00Z"));
    }

    static EventDetails event(ZonedDateTime first, String rrule, String title) {
        return new EventDetails(UUID.randomUUID(), new AccountId(UUID.randomUUID()), EventType.JAM_SESSION, title,
                "Open to all", "The Grove", "1 Lane", 2643743L, "London", "GB", 51.5, -0.12, null, first.toInstant(),
                first.plusHours(3).toInstant(), first.getZone(), rrule, List.of("jazz"), true, null, null, null, null, null);
    }
}
