package com.mediapatch.site.web;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import com.mediapatch.shared.web.Showcase;

/**
 * The front door: who the platform is for, what they can do here today (each module's
 * {@link Showcase}) and how many are here (the modules' live numbers).
 *
 * @param disciplines the creative communities the platform welcomes
 * @param features what the installed modules offer, each with a link to its page
 * @param figures live numbers about the community, in order
 * @param promises what makes this home different from a hosted social network
 */
public record HomePage(List<Discipline> disciplines, List<Showcase> features, List<Figure> figures,
        List<Promise> promises) {

    /** A creative community and what its members typically come for. */
    public record Discipline(String name, String comesFor, String icon) {
    }

    /** A commitment the platform makes to its members, in one line. */
    public record Promise(String headline, String explanation) {
    }

    /** A live number and what it counts. */
    public record Figure(long value, String label) {

        public String formatted() {
            return NumberFormat.getIntegerInstance(Locale.UK).format(value);
        }
    }

    static HomePage welcome(List<Showcase> features, List<Figure> figures) {
        return new HomePage(List.of(
                new Discipline("Musicians", "Find a drummer, show your tracks on your profile, message the band.", "music"),
                new Discipline("Bands", "A profile for the band, friends for the line-up, a group chat for rehearsals.",
                        "band"),
                new Discipline("Artists", "Show where your work lives and find people to make things with.", "palette"),
                new Discipline("Filmmakers", "Find crew and cast, then talk it through in a group chat.", "film"),
                new Discipline("Writers", "Meet the composers and directors who need your words.", "pen")),
                features,
                figures,
                List.of(
                        new Promise("Yours to run", "One jar on your own machine: your community, your data."),
                        new Promise("Private by design", "Messages and secrets encrypted at rest, no trackers, no ads."),
                        new Promise("Safe to be here", "Two-step sign-in, passkeys, quiet blocks and reports read by people."),
                        new Promise("Nothing hidden at the top", "Every action of the site's super-admins lands in a log "
                                + "that cannot be rewritten without it showing.")));
    }
}
