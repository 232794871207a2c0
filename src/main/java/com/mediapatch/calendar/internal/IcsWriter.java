package com.mediapatch.calendar.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.mediapatch.calendar.EventDetails;
import com.mediapatch.calendar.Occurrence;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * RFC 5545 calendars: a whole event (its RRULE, an EXDATE for each cancelled occurrence and a VTIMEZONE
 * for its zone, times local to that zone), or single occurrences for a member's feed.
 */
public final class IcsWriter {

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private final Calendar calendar = new Calendar();
    private final Set<ZoneId> zones = new HashSet<>();
    private final String siteUrl;
    private final Instant stamp;

    /** A calendar whose events link to pages under {@code siteUrl} (no trailing slash), stamped at {@code stamp}. */
    public IcsWriter(String siteUrl, Instant stamp) {
        this.siteUrl = siteUrl;
        this.stamp = stamp;
        calendar.add(new ProdId("-//The Media Patch//Calendar//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
    }

    /** The event with its rule, the cancelled occurrences excluded. */
    public IcsWriter event(EventDetails event, List<Instant> cancelledStarts) {
        VEvent vevent = vevent(event, event.startsAt(), event.endsAt(), event.id().toString());
        if (event.rrule() != null) {
            vevent.add(new RRule<>(event.rrule()));
            if (!cancelledStarts.isEmpty()) {
                List<ZonedDateTime> dates = new ArrayList<>();
                cancelledStarts.forEach(start -> dates.add(start.atZone(event.zone())));
                vevent.add(new ExDate<>(new ParameterList(List.of(new TzId(event.zone().getId()))), new DateList<>(dates)));
            }
        }
        if (event.cancelled()) {
            vevent.add(new Status(Status.VALUE_CANCELLED));
        }
        calendar.add(vevent);
        return this;
    }

    /** One occurrence on its own, as a member's feed lists what they answered. */
    public IcsWriter occurrence(EventDetails event, Occurrence occurrence) {
        VEvent vevent = vevent(event, occurrence.startsAt(), occurrence.endsAt(), occurrence.id().toString());
        if (occurrence.cancelled()) {
            vevent.add(new Status(Status.VALUE_CANCELLED));
        }
        calendar.add(vevent);
        return this;
    }

    private VEvent vevent(EventDetails event, Instant start, Instant end, String uid) {
        ZoneId zone = event.zone();
        if (zones.add(zone)) {
            calendar.add(ZONES.getTimeZone(zone.getId()).getVTimeZone());
        }
        VEvent vevent = new VEvent(start.atZone(zone), end.atZone(zone), event.title());
        vevent.add(new Uid(uid + "@mediapatch"));
        vevent.add(new DtStamp(stamp));
        String page = siteUrl + "/events/" + event.id();
        vevent.add(new Url(URI.create(page)));
        vevent.add(new Description(event.description().isBlank() ? page : event.description() + "\n\n" + page));
        String where = where(event);
        if (!where.isEmpty()) {
            vevent.add(new Location(where));
        }
        return vevent;
    }

    private static String where(EventDetails event) {
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {event.venue(), event.address(), event.city(), event.onlineLink()}) {
            if (part != null && !part.isBlank()) {
                parts.add(part);
            }
        }
        return String.join(", ", parts);
    }

    /** The calendar as RFC 5545 text. */
    public String write() {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
