package com.mediapatch.calendar.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.mediapatch.calendar.Attendance;
import com.mediapatch.calendar.EventType;
import com.mediapatch.calendar.Occurrence;
import com.mediapatch.calendar.Repetition;
import com.mediapatch.demo.DemoData;
import com.mediapatch.identity.AccountId;
import com.mediapatch.places.Place;
import com.mediapatch.places.Places;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.profiles.Profiles;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo community's events, dated from today: weekly and monthly ones, gigs, workshops and streams,
 * three already past, and one small gig full with a waitlist. An event whose organiser already has one
 * with its title is left as it is, so running twice adds nothing.
 */
@Component
class CalendarDemoData implements DemoData {

    private record Demo(String organiser, EventType type, String title, String city, String country, String zone,
            int inDays, int hour, int hours, Repetition repetition, String price, Integer capacity, String genres,
            String lineup) {
    }

    private static final List<Demo> EVENTS = List.of(
            new Demo("peckham-thursday-jam", EventType.JAM_SESSION, "Peckham Thursday Jam", "London", "GB", "Europe/London", 3, 20, 3, Repetition.WEEKLY, null, null, "afrobeat, jazz", "@accra-sample-lab"),
            new Demo("dublin-session-bass", EventType.OPEN_MIC, "Open Mic at the Cobblestone", "Dublin", "IE", "Europe/Dublin", 9, 19, 3, Repetition.MONTHLY, null, null, "trad, folk", ""),
            new Demo("tuesday-co-write-club", EventType.WORKSHOP, "Tuesday Co-write Circle", "Nashville", "US", "America/Chicago", 4, 18, 2, Repetition.FORTNIGHTLY, "$10", 16, "folk, country", ""),
            new Demo("the-paper-lanterns", EventType.GIG, "The Paper Lanterns: EP launch", "Manchester", "GB", "Europe/London", 12, 19, 4, Repetition.NONE, "£8 on the door", 3, "dream pop, shoegaze", "@dublin-session-bass"),
            new Demo("the-paper-lanterns", EventType.GIG, "Shoegaze all-dayer", "Manchester", "GB", "Europe/London", 30, 14, 9, Repetition.NONE, "£15", 250, "shoegaze, noise pop", ""),
            new Demo("the-paper-lanterns", EventType.MEETUP, "Drummer auditions open afternoon", "Manchester", "GB", "Europe/London", 6, 13, 4, Repetition.NONE, null, 12, "dream pop", ""),
            new Demo("kazimierz-mix-room", EventType.WORKSHOP, "Mixing vocals in a small room", "Kraków", "PL", "Europe/Warsaw", 10, 17, 3, Repetition.NONE, "60 zł", 10, "ambient, techno", ""),
            new Demo("kazimierz-mix-room", EventType.ONLINE_STREAM, "Live ambient set from the mix room", null, null, "Europe/Warsaw", 5, 21, 2, Repetition.NONE, null, null, "ambient", ""),
            new Demo("two-colour-riso-studio", EventType.EXHIBITION, "Two Colours: gig posters 2019–2026", "Osaka", "JP", "Asia/Tokyo", 2, 11, 8, Repetition.NONE, null, null, "city pop, zines", ""),
            new Demo("tram-mechanics-films", EventType.SCREENING, "The Last Tram Mechanics: rough cut", "Lisbon", "PT", "Europe/Lisbon", 15, 20, 2, Repetition.NONE, "€5", 60, "documentary", "@tuesday-co-write-club"),
            new Demo("tango-dance-film-lab", EventType.WORKSHOP, "Composing for dance film", "Buenos Aires", "AR", "America/Argentina/Buenos_Aires", 8, 18, 3, Repetition.NONE, null, 20, "tango, film score", ""),
            new Demo("tango-dance-film-lab", EventType.MEETUP, "Milonga and camera night", "Buenos Aires", "AR", "America/Argentina/Buenos_Aires", 11, 21, 4, Repetition.MONTHLY, null, null, "tango", ""),
            new Demo("stockholm-string-arrangements", EventType.GIG, "Strings at Södermalm", "Stockholm", "SE", "Europe/Stockholm", 20, 19, 2, Repetition.NONE, "150 kr", 80, "neo-classical, film score", ""),
            new Demo("stockholm-string-arrangements", EventType.ONLINE_STREAM, "Arranging for quartet, live Q&A", null, null, "Europe/Stockholm", 7, 18, 1, Repetition.NONE, null, null, "neo-classical", ""),
            new Demo("frame-works-bengaluru", EventType.MEETUP, "Music video crews meetup", "Bengaluru", "IN", "Asia/Kolkata", 13, 18, 3, Repetition.NONE, null, 40, "music video", ""),
            new Demo("accra-sample-lab", EventType.JAM_SESSION, "Beat cypher", "Accra", "GH", "Africa/Accra", 2, 19, 3, Repetition.WEEKLY, null, null, "hip hop, highlife", "@peckham-thursday-jam"),
            new Demo("atelier-storyboard-lyon", EventType.EXHIBITION, "Storyboards for songs", "Lyon", "FR", "Europe/Paris", 25, 10, 7, Repetition.NONE, null, null, "bande dessinée", ""),
            new Demo("dublin-session-bass", EventType.GIG, "Bluegrass in the back room", "Dublin", "IE", "Europe/Dublin", 16, 20, 3, Repetition.NONE, "€10", 45, "bluegrass, indie folk", ""),
            new Demo("peckham-thursday-jam", EventType.WORKSHOP, "Horn section basics", "London", "GB", "Europe/London", 18, 14, 3, Repetition.NONE, "£12", 15, "afrobeat, jazz", ""),
            new Demo("peckham-thursday-jam", EventType.GIG, "Broken beat night", "London", "GB", "Europe/London", -12, 21, 4, Repetition.NONE, "£7", 120, "broken beat, jazz", ""),
            new Demo("the-paper-lanterns", EventType.GIG, "Winter warm-up show", "Manchester", "GB", "Europe/London", -30, 19, 3, Repetition.NONE, "£6", 90, "dream pop", ""),
            new Demo("kazimierz-mix-room", EventType.MEETUP, "Field recording walk", "Kraków", "PL", "Europe/Warsaw", -5, 10, 3, Repetition.NONE, null, 15, "ambient", ""));

    /** Those going to the full gig (capacity 3), then those on its waitlist. */
    private static final List<String> FULL_GIG_ANSWERS = List.of("dublin-session-bass", "kazimierz-mix-room",
            "peckham-thursday-jam", "accra-sample-lab", "stockholm-string-arrangements");
    private static final String FULL_GIG = "The Paper Lanterns: EP launch";

    private final Profiles profiles;
    private final Places places;
    private final EventDesk desk;
    private final EventStore events;
    private final OccurrenceStore occurrences;
    private final RsvpDesk rsvps;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CalendarDemoData(Profiles profiles, Places places, EventDesk desk, EventStore events, OccurrenceStore occurrences,
            RsvpDesk rsvps, TransactionTemplate transactions, Clock clock) {
        this.profiles = profiles;
        this.places = places;
        this.desk = desk;
        this.events = events;
        this.occurrences = occurrences;
        this.rsvps = rsvps;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void seed() {
        for (Demo demo : EVENTS) {
            Optional<AccountId> organiser = member(demo.organiser());
            if (organiser.isEmpty() || events.exists(organiser.get(), demo.title())) {
                continue;
            }
            UUID id = demo.inDays() < 0 ? past(organiser.get(), demo) : desk.create(organiser.get(), draft(demo));
            for (String handle : demo.lineup().split(",")) {
                member(handle.strip().replaceFirst("^@", "")).ifPresent(member -> desk.answerLineup(member, id, true));
            }
            if (demo.title().equals(FULL_GIG)) {
                answerFullGig(id);
            }
        }
    }

    private com.mediapatch.calendar.EventDraft draft(Demo demo) {
        ZonedDateTime start = start(demo);
        Long place = place(demo).map(Place::id).orElse(null);
        return new com.mediapatch.calendar.EventDraft(demo.type(), demo.title(), description(demo), venue(demo), null,
                demo.city(), place, demo.city() == null ? "https://stream.example.org/" + demo.organiser() : null,
                start.toLocalDateTime().toString(), start.plusHours(demo.hours()).toLocalDateTime().toString(), demo.zone(),
                demo.repetition(), demo.genres(), demo.price() == null, demo.price(), null, null, demo.capacity(), demo.lineup());
    }

    /** A past event cannot be made through the desk, which refuses past starts; it is written as it would have been. */
    private UUID past(AccountId organiser, Demo demo) {
        return transactions.execute(status -> {
            ZonedDateTime start = start(demo);
            ValidEvent valid = new ValidEvent(demo.type(), demo.title(), description(demo), venue(demo), null,
                    place(demo).orElse(null), null, start, start.plusHours(demo.hours()), null,
                    EventRules.genres(demo.genres()), demo.price() == null, demo.price(), null, null, demo.capacity(), List.of());
            UUID id = UUID.randomUUID();
            events.insert(id, organiser, valid, clock.instant(), clock.instant());
            occurrences.materialise(events.find(id).orElseThrow(), List.of(start));
            return id;
        });
    }

    private void answerFullGig(UUID event) {
        Occurrence first = occurrences.nextOf(event, clock.instant(), 1).get(0);
        FULL_GIG_ANSWERS.forEach(handle -> member(handle).ifPresent(member -> rsvps.answer(first.id(), member, Attendance.GOING)));
    }

    private ZonedDateTime start(Demo demo) {
        ZoneId zone = ZoneId.of(demo.zone());
        LocalDateTime day = clock.instant().atZone(zone).toLocalDate().plusDays(demo.inDays()).atStartOfDay();
        return day.truncatedTo(ChronoUnit.DAYS).withHour(demo.hour()).atZone(zone);
    }

    private Optional<Place> place(Demo demo) {
        return demo.city() == null ? Optional.empty() : places.named(demo.city(), demo.country());
    }

    private static String venue(Demo demo) {
        return demo.city() == null ? null : "The " + demo.organiser().split("-")[0].substring(0, 1).toUpperCase()
                + demo.organiser().split("-")[0].substring(1) + " Room";
    }

    private static String description(Demo demo) {
        return "**" + demo.type().label() + "** by the organisers. Bring friends; everyone is welcome.";
    }

    private Optional<AccountId> member(String handle) {
        return profiles.byHandle(handle).map(ProfileSummary::account);
    }
}
