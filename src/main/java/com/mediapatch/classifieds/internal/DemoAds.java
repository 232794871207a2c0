package com.mediapatch.classifieds.internal;

import static com.mediapatch.classifieds.Category.BANDS_AVAILABLE;
import static com.mediapatch.classifieds.Category.BANDS_LOOKING;
import static com.mediapatch.classifieds.Category.COLLABORATORS;
import static com.mediapatch.classifieds.Category.GEAR;
import static com.mediapatch.classifieds.Category.MUSICIANS_AVAILABLE;
import static com.mediapatch.classifieds.Category.MUSICIANS_WANTED;
import static com.mediapatch.classifieds.Category.SERVICES;
import static com.mediapatch.classifieds.Commitment.HOBBY;
import static com.mediapatch.classifieds.Commitment.PRO;
import static com.mediapatch.classifieds.Commitment.SEMI_PRO;
import static com.mediapatch.classifieds.Level.ADVANCED;
import static com.mediapatch.classifieds.Level.ANY;
import static com.mediapatch.classifieds.Level.BEGINNER;
import static com.mediapatch.classifieds.Level.INTERMEDIATE;
import static com.mediapatch.classifieds.Level.PROFESSIONAL;

import java.util.List;

import com.mediapatch.classifieds.Category;
import com.mediapatch.classifieds.Commitment;
import com.mediapatch.classifieds.Level;

/** The demo community's ads: six or more in each category, from the demo members and bands. */
final class DemoAds {

    /** One demo ad; a null city means remote. */
    record DemoAd(String handle, Category category, String title, String description, String instruments, String genres,
            Level level, Commitment commitment, boolean paid, String city, String country, List<String> links,
            boolean draft) {
    }

    private DemoAds() {
    }

    private static DemoAd ad(String handle, Category category, String title, String description, String instruments,
            String genres, Level level, Commitment commitment, boolean paid, String city, String country) {
        return new DemoAd(handle, category, title, description, instruments, genres, level, commitment, paid, city,
                country, List.of(), false);
    }

    static final List<DemoAd> ALL = List.of(
            // Musicians wanted
            new DemoAd("the-paper-lanterns", MUSICIANS_WANTED, "Bassist wanted for The Paper Lanterns",
                    "We are a four-piece playing **indie folk with a heavy streak**: think slow builds, three-part harmonies "
                            + "and the odd doom-sized chorus.\n\nOur bass player has moved to Glasgow. We rehearse on "
                            + "Tuesday evenings in Ancoats and play around ten gigs a year.\n\n- Fretless a bonus, not required\n"
                            + "- Backing vocals welcome\n- Own transport helps",
                    "bass, backing vocals", "indie folk, doom, dream pop", INTERMEDIATE, SEMI_PRO, false, "Manchester", "GB",
                    List.of(), false),
            ad("peckham-thursday-jam", MUSICIANS_WANTED, "Drummer wanted for the Thursday house band",
                    "The Thursday jam needs a steady drummer to anchor the house band from 8 to 11pm. Soul, funk and "
                            + "whatever walks in the door. Kit provided; bring sticks and a good ear.",
                    "drums", "funk, soul, jazz", INTERMEDIATE, SEMI_PRO, true, "London", "GB"),
            ad("tuesday-co-write-club", MUSICIANS_WANTED, "Fiddle player for a southern gothic EP",
                    "Five songs, mostly written, needing a fiddle that can sound like a storm coming in. Recording in "
                            + "East Nashville in spring; paid per session.",
                    "fiddle, violin", "southern gothic, folk, americana", ADVANCED, PRO, true, "Nashville", "US"),
            ad("accra-sample-lab", MUSICIANS_WANTED, "Highlife guitarist for a beat tape",
                    "Looking for clean, bright highlife guitar lines to sample and build beats around. Remote is fine: "
                            + "send stems and we credit every part.",
                    "guitar", "highlife, afrobeats, hip hop", INTERMEDIATE, HOBBY, false, null, null),
            ad("stockholm-string-arrangements", MUSICIANS_WANTED, "Viola for a string quartet, Sundays",
                    "Our quartet reads through Haydn and Shostakovich on Sunday afternoons in Södermalm. Coffee and "
                            + "cardamom buns guaranteed; sight-reading helps.",
                    "viola", "classical, chamber music", ADVANCED, HOBBY, false, "Stockholm", "SE"),
            ad("kazimierz-mix-room", MUSICIANS_WANTED, "Vocalist for dark techno collaboration",
                    "Whispered, spoken or sung: I need a voice for four tracks of slow, heavy techno. Sessions in "
                            + "my Kazimierz room or remote.",
                    "vocals, singer", "techno, ambient", ANY, SEMI_PRO, true, "Kraków", "PL"),
            // Musicians available
            new DemoAd("dublin-session-bass", MUSICIANS_AVAILABLE, "Session bassist available, upright and electric",
                    "Fifteen years of sessions and tours. I read charts, play to a click and turn up on time.\n\n"
                            + "Recent work: folk records, a sludge EP, two musicals. Happy to track remotely.",
                    "bass, upright bass, double bass", "folk, jazz, sludge, doom", PROFESSIONAL, PRO, true, "Dublin", "IE",
                    List.of(), false),
            ad("peckham-thursday-jam", MUSICIANS_AVAILABLE, "Percussionist for gigs and recordings",
                    "Congas, cajón, shakers and a boot full of oddities. Available for gigs across south London and "
                            + "remote recording.",
                    "percussion, drums", "latin, funk, afrobeat", ADVANCED, SEMI_PRO, true, "London", "GB"),
            ad("accra-sample-lab", MUSICIANS_AVAILABLE, "Keys player available for sessions",
                    "Rhodes, organ and synth bass. I play in two church bands and produce beats; happy to add chords "
                            + "and colour to your tracks.",
                    "keys, keyboard, piano, synth", "gospel, highlife, neo soul", ADVANCED, SEMI_PRO, true, "Accra", "GH"),
            ad("stockholm-string-arrangements", MUSICIANS_AVAILABLE, "Cellist for pop and film sessions",
                    "Classically trained cellist who loves pop records. I can write the part or play yours; home studio "
                            + "with a good room.",
                    "cello", "pop, film score, classical", PROFESSIONAL, PRO, true, "Stockholm", "SE"),
            ad("tuesday-co-write-club", MUSICIANS_AVAILABLE, "Lyricist looking for songwriting partners",
                    "I write words that want melodies. Folk, country and the occasional murder ballad. Co-writes in "
                            + "person or over video.",
                    "lyrics, songwriting", "folk, country, americana", INTERMEDIATE, HOBBY, false, null, null),
            ad("kazimierz-mix-room", MUSICIANS_AVAILABLE, "Modular synth player for live ambient sets",
                    "Eurorack case, two hours of drones and slowly moving patterns. Available for galleries, "
                            + "planetariums and late sets.",
                    "synth, modular", "ambient, drone, techno", ADVANCED, SEMI_PRO, true, "Kraków", "PL"),
            // Bands looking for members
            ad("the-paper-lanterns", BANDS_LOOKING, "Harmony singer to complete our three-part sound",
                    "The Paper Lanterns need a third voice. Alto or tenor, confident with harmonies and happy on a small "
                            + "stage. Tuesday rehearsals in Manchester.",
                    "vocals, backing vocals", "indie folk, dream pop", INTERMEDIATE, SEMI_PRO, false, "Manchester", "GB"),
            ad("peckham-thursday-jam", BANDS_LOOKING, "Horn section wanted for a twelve-piece afrobeat band",
                    "Trumpet, tenor sax and trombone wanted to join our afrobeat collective. Monthly gigs, big sound, "
                            + "bigger hearts.",
                    "trumpet, saxophone, trombone", "afrobeat, funk, jazz", INTERMEDIATE, SEMI_PRO, true, "London", "GB"),
            ad("accra-sample-lab", BANDS_LOOKING, "Guitarist for a highlife revival band",
                    "We play the old palm-wine songs and write new ones in the same spirit. Need a second guitar who "
                            + "loves interlocking lines.",
                    "guitar", "highlife, palm-wine", INTERMEDIATE, HOBBY, false, "Accra", "GH"),
            ad("tango-dance-film-lab", BANDS_LOOKING, "Bandoneón player for a tango quintet",
                    "Our quintet plays milongas across Buenos Aires. The bandoneón chair is open; the repertoire is "
                            + "Piazzolla and the golden age.",
                    "bandoneon, accordion", "tango", ADVANCED, PRO, true, "Buenos Aires", "AR"),
            ad("dublin-session-bass", BANDS_LOOKING, "Drummer for a Dublin folk-rock band",
                    "We have songs, a van and a rehearsal room in Smithfield. We need a drummer who can play quietly "
                            + "when the song asks for it.",
                    "drums", "folk rock, folk", INTERMEDIATE, SEMI_PRO, false, "Dublin", "IE"),
            ad("kazimierz-mix-room", BANDS_LOOKING, "Guitarist with pedals for a shoegaze band",
                    "Walls of reverb, whispered vocals, loud and beautiful. Looking for a second guitarist with more "
                            + "pedals than sense.",
                    "guitar, guitarist", "shoegaze, dream pop", ANY, HOBBY, false, "Kraków", "PL"),
            // Bands available
            ad("the-paper-lanterns", BANDS_AVAILABLE, "Indie folk band for weddings and festivals",
                    "The Paper Lanterns play acoustic sets for weddings and full-band sets for festivals. Own PA up to "
                            + "200 people.",
                    "band", "indie folk, folk", PROFESSIONAL, PRO, true, "Manchester", "GB"),
            ad("peckham-thursday-jam", BANDS_AVAILABLE, "Funk house band for parties and launches",
                    "Eight players, two singers, all the hits you can dance to and a few you did not know you wanted.",
                    "band", "funk, soul, disco", PROFESSIONAL, PRO, true, "London", "GB"),
            ad("tango-dance-film-lab", BANDS_AVAILABLE, "Tango trio with dancers for events",
                    "Live tango trio with two dancers for private events, theatres and film shoots.",
                    "band, dancers", "tango", PROFESSIONAL, PRO, true, "Buenos Aires", "AR"),
            ad("stockholm-string-arrangements", BANDS_AVAILABLE, "String quartet for recordings and ceremonies",
                    "Our quartet records string parts for pop and film, and plays ceremonies around Stockholm.",
                    "strings, string quartet", "classical, pop", PROFESSIONAL, PRO, true, "Stockholm", "SE"),
            ad("accra-sample-lab", BANDS_AVAILABLE, "Live beat band for festivals",
                    "Drums, keys, bass and an MC: we play our beat tapes live and open for touring acts.",
                    "band, rapper", "hip hop, afrobeats", ADVANCED, SEMI_PRO, true, "Accra", "GH"),
            ad("dublin-session-bass", BANDS_AVAILABLE, "Trad session band for pubs and tours",
                    "Four players who know a thousand tunes between them. Pub sessions, ceilis and tours abroad.",
                    "band", "irish traditional, folk", PROFESSIONAL, SEMI_PRO, true, "Dublin", "IE"),
            // Collaborators
            ad("tram-mechanics-films", COLLABORATORS, "Composer for a short film about Lisbon's trams",
                    "A twelve-minute documentary about the night shift on the 28 tram. We need an original score: "
                            + "guitar, accordion, anything with rattle.",
                    "composer", "film score, fado", INTERMEDIATE, SEMI_PRO, true, "Lisbon", "PT"),
            ad("two-colour-riso-studio", COLLABORATORS, "Band wanted for a risograph zine collaboration",
                    "We will print a two-colour zine about your band: lyrics, drawings, tour diary. You bring the "
                            + "stories, we bring the ink.",
                    "illustrator, designer", "city pop, zines", ANY, HOBBY, false, "Osaka", "JP"),
            ad("atelier-storyboard-lyon", COLLABORATORS, "Musician for a comic with a soundtrack",
                    "Our next graphic novel comes with a soundtrack you scan from each chapter. Looking for a musician "
                            + "to score six chapters.",
                    "composer, producer", "ambient, chanson", INTERMEDIATE, SEMI_PRO, true, null, null),
            ad("frame-works-bengaluru", COLLABORATORS, "Band for a music video shoot",
                    "Cinematographer with a new lens set wants a band to shoot a music video for, free, in exchange "
                            + "for the portfolio.",
                    "band, cinematographer", "indie, rock", ANY, HOBBY, false, "Bengaluru", "IN"),
            ad("tango-dance-film-lab", COLLABORATORS, "Choreographer and composer for a dance film",
                    "A dance film in three movements. We have dancers and a camera; we need music written for bodies.",
                    "composer, choreographer", "tango, contemporary", ADVANCED, SEMI_PRO, true, "Buenos Aires", "AR"),
            ad("tuesday-co-write-club", COLLABORATORS, "Screenwriter and songwriter for a musical short",
                    "Twenty pages, four songs, one broken-down tour bus. Looking for a screenwriter to co-write.",
                    "screenwriter, writer", "musical, country", INTERMEDIATE, HOBBY, false, null, null),
            // Services
            ad("kazimierz-mix-room", SERVICES, "Mixing and mastering, online or in Kraków",
                    "Analogue summing, honest ears, two revisions included. Electronic, rock and folk records welcome.",
                    "mixing engineer, mastering engineer", "techno, rock, folk", PROFESSIONAL, PRO, true, "Kraków", "PL"),
            ad("peckham-thursday-jam", SERVICES, "Rehearsal room in Peckham by the hour",
                    "Treated room with a full backline: drum kit, two guitar amps, bass amp and a PA.",
                    "rehearsal room, studio", "", ANY, PRO, true, "London", "GB"),
            ad("stockholm-string-arrangements", SERVICES, "String arrangements written for your songs",
                    "Send me a demo; I write the string parts and deliver scores, or record them with my quartet.",
                    "arranger, strings", "pop, film score", PROFESSIONAL, PRO, true, null, null),
            ad("two-colour-riso-studio", SERVICES, "Album art and gig posters",
                    "Risograph posters in two colours and album art drawn by hand. Fast turnaround for tour posters.",
                    "illustrator, designer", "", PROFESSIONAL, PRO, true, "Osaka", "JP"),
            ad("frame-works-bengaluru", SERVICES, "Live session video recording",
                    "Three cameras, multitrack audio and a grade: a live session video of your band in one afternoon.",
                    "videographer, cinematographer", "", PROFESSIONAL, PRO, true, "Bengaluru", "IN"),
            ad("dublin-session-bass", SERVICES, "Bass lessons for beginners and improvers",
                    "Learn grooves, reading and walking lines. Electric or upright; in person in Dublin or online.",
                    "bass teacher, teacher", "jazz, folk, rock", BEGINNER, PRO, true, "Dublin", "IE"),
            // Gear
            ad("the-paper-lanterns", GEAR, "For sale: 1970s Fender Rhodes Mark I",
                    "Seventy-three keys, recently serviced, new tines on the top octave. Collection from Manchester.",
                    "keys, rhodes", "", ANY, HOBBY, true, "Manchester", "GB"),
            ad("kazimierz-mix-room", GEAR, "Swap: Eurorack modules for a tape echo",
                    "Three oscillators and a filter in good shape; looking for a working tape echo.",
                    "synth, modular", "", ANY, HOBBY, false, "Kraków", "PL"),
            ad("dublin-session-bass", GEAR, "Wanted: upright bass case",
                    "Padded soft case for a 3/4 upright bass. Collection in Dublin or posted.",
                    "upright bass", "", ANY, HOBBY, true, "Dublin", "IE"),
            ad("accra-sample-lab", GEAR, "For sale: MPC 2000XL with memory upgrade",
                    "Classic sampler, zip drive replaced with a card reader, all pads working.",
                    "sampler", "hip hop", ANY, HOBBY, true, "Accra", "GH"),
            ad("tram-mechanics-films", GEAR, "For sale: field recorder and shotgun microphone",
                    "Four-track field recorder with a shotgun mic and blimp. Used on two documentaries.",
                    "field recorder, microphone", "", ANY, HOBBY, true, "Lisbon", "PT"),
            ad("peckham-thursday-jam", GEAR, "Wanted: a second-hand bass amp for the jam",
                    "Our jam's bass amp finally gave up. Anything with 300W and a working input will do.",
                    "bass amp", "", ANY, HOBBY, true, "London", "GB"),
            new DemoAd("the-paper-lanterns", GEAR, "Wanted: pedal steel guitar to borrow",
                    "For two songs on the new record. We will look after it and credit you on the sleeve.",
                    "pedal steel", "indie folk", ANY, HOBBY, false, "Manchester", "GB", List.of(), true),
            new DemoAd("the-paper-lanterns", COLLABORATORS, "Photographer for our album cover",
                    "A photographer who likes lanterns, fog and early mornings, for the cover of our second album.",
                    "photographer", "indie folk", ANY, SEMI_PRO, true, "Manchester", "GB", List.of(), true));
}
