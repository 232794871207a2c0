package com.mediapatch.demo;

import java.util.List;

import static com.mediapatch.profiles.Discipline.ACTOR;
import static com.mediapatch.profiles.Discipline.ARTIST;
import static com.mediapatch.profiles.Discipline.BAND;
import static com.mediapatch.profiles.Discipline.DANCER;
import static com.mediapatch.profiles.Discipline.DESIGNER;
import static com.mediapatch.profiles.Discipline.FILMMAKER;
import static com.mediapatch.profiles.Discipline.MUSICIAN;
import static com.mediapatch.profiles.Discipline.PHOTOGRAPHER;
import static com.mediapatch.profiles.Discipline.PRODUCER;
import static com.mediapatch.profiles.Discipline.SOUND_ENGINEER;
import static com.mediapatch.profiles.Discipline.WRITER;
import static com.mediapatch.profiles.Visibility.EVERYONE;
import static com.mediapatch.profiles.Visibility.FRIENDS;
import static com.mediapatch.profiles.Visibility.MEMBERS;

/** The demo community: a dozen bands, studios and collectives spread over a few cities. */
final class DemoCommunity {

    static final List<DemoMember> MEMBERS_LIST = List.of(
            new DemoMember("peckham-thursday-jam", "Peckham Thursday Jam", List.of(MUSICIAN, PRODUCER), "drums, percussion, Ableton",
                    "afrobeat, jazz, broken beat", "London", "GB", 51.5072, -0.1276, EVERYONE,
                    "A drummer-led collective running a **Thursday jam** in Peckham. Always after horn players.",
                    "https://soundcloud.com/peckham-thursday-jam-demo"),
            new DemoMember("the-paper-lanterns", "The Paper Lanterns", List.of(BAND), "guitar, bass, vocals, synth",
                    "dream pop, shoegaze", "Manchester", "GB", 53.4808, -2.2426, EVERYONE,
                    "Four-piece dream pop band. Second EP out in spring; **looking for a drummer** for the tour.",
                    "https://the-paper-lanterns.bandcamp.com"),
            new DemoMember("tram-mechanics-films", "Tram Mechanics Films", List.of(FILMMAKER, WRITER), "directing, editing, screenwriting",
                    "documentary, magical realism", "Lisbon", "PT", 38.7223, -9.1393, EVERYONE,
                    "Documentary crew cutting a film about Lisbon's last tram mechanics. Looking for a composer.",
                    "https://www.youtube.com/@tram-mechanics-films-demo"),
            new DemoMember("kazimierz-mix-room", "Kazimierz Mix Room", List.of(SOUND_ENGINEER, MUSICIAN), "mixing, mastering, field recording",
                    "ambient, techno", "Kraków", "PL", 50.0647, 19.9450, MEMBERS,
                    "A small mixing room in Kazimierz. Happy to swap mixes for artwork.",
                    "https://kazimierz-mix-room-demo.example.org"),
            new DemoMember("two-colour-riso-studio", "Two-Colour Riso Studio", List.of(ARTIST, DESIGNER), "illustration, risograph, album art",
                    "city pop, zines", "Osaka", "JP", 34.6937, 135.5023, EVERYONE,
                    "Illustration studio making album covers and gig posters, mostly in two colours.",
                    "https://www.instagram.com/two_colour_riso_demo"),
            new DemoMember("tuesday-co-write-club", "Tuesday Co-write Club", List.of(WRITER), "lyrics, screenwriting, poetry",
                    "folk, southern gothic", "Nashville", "US", 36.1627, -86.7816, EVERYONE,
                    "Lyricists and screenwriters who co-write on Tuesdays: bring a melody, we'll bring the story.",
                    "https://tuesday-co-write-club-demo.example.org"),
            new DemoMember("tango-dance-film-lab", "Tango Dance Film Lab", List.of(DANCER, ACTOR), "contemporary dance, choreography",
                    "tango, physical theatre", "Buenos Aires", "AR", -34.6037, -58.3816, MEMBERS,
                    "Choreographers working between stage and screen. Looking for composers for a dance film.",
                    "https://www.youtube.com/@tango-dance-film-lab-demo"),
            new DemoMember("stockholm-string-arrangements", "Stockholm String Arrangements", List.of(MUSICIAN), "cello, arranging, string quartet",
                    "neo-classical, film score", "Stockholm", "SE", 59.3293, 18.0686, EVERYONE,
                    "A cello-led string quartet. Strings for your record, recorded remotely or in the room.",
                    "https://open.spotify.com/artist/stockholm-strings-demo"),
            new DemoMember("frame-works-bengaluru", "Frame Works Bengaluru", List.of(PHOTOGRAPHER, FILMMAKER), "photography, cinematography, colour grading",
                    "portrait, music video", "Bengaluru", "IN", 12.9716, 77.5946, EVERYONE,
                    "Photography and cinematography: press shots, music videos, and the odd wedding for the rent.",
                    "https://www.instagram.com/frame_works_demo"),
            new DemoMember("accra-sample-lab", "Accra Sample Lab", List.of(PRODUCER, MUSICIAN), "beats, keys, sampling",
                    "hip hop, highlife", "Accra", "GH", 5.6037, -0.1870, EVERYONE,
                    "Production lab: sample-heavy beats with live keys on top. Open to features and sync work.",
                    "https://soundcloud.com/accra-sample-lab-demo"),
            new DemoMember("atelier-storyboard-lyon", "Atelier Storyboard Lyon", List.of(WRITER, ARTIST), "comics, storyboarding",
                    "bande dessinée, sci-fi", "Lyon", "FR", 45.7640, 4.8357, FRIENDS,
                    "Comics writing and storyboards. This profile is for friends while the book is finished.",
                    "https://atelier-storyboard-lyon-demo.example.org"),
            new DemoMember("dublin-session-bass", "Dublin Session Bass", List.of(MUSICIAN), "bass, upright bass, vocals",
                    "trad, bluegrass, indie folk", "Dublin", "IE", 53.3498, -6.2603, EVERYONE,
                    "Bass for hire: every session in town and most of the tunes.",
                    "https://dublin-session-bass-demo.example.org"));

    private DemoCommunity() {
    }

    /** The member the README and the start-up log tell newcomers to sign in as: friends, conversations, a group chat. */
    static final String SIGN_IN_HANDLE = "the-paper-lanterns";

    static DemoMember signInMember() {
        return MEMBERS_LIST.stream().filter(member -> member.handle().equals(SIGN_IN_HANDLE)).findFirst().orElseThrow();
    }
}
