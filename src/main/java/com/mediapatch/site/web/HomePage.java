package com.mediapatch.site.web;

import java.util.List;

/**
 * The front door: who the platform is for and what they do here.
 *
 * @param disciplines the creative communities the platform welcomes
 * @param promises what makes this home different from a hosted social network
 */
public record HomePage(List<Discipline> disciplines, List<Promise> promises) {

    /** A creative community and what its members typically come for. */
    public record Discipline(String name, String comesFor, String icon) {
    }

    /** A commitment the platform makes to its members, in one line. */
    public record Promise(String headline, String explanation) {
    }

    static HomePage welcome() {
        return new HomePage(List.of(
                new Discipline("Musicians", "Find a drummer, share demos, book the next gig.", "music"),
                new Discipline("Bands", "Keep the line-up, the rehearsals and the set lists together.", "band"),
                new Discipline("Artists", "Show a portfolio, find collaborators, sell prints.", "palette"),
                new Discipline("Filmmakers", "Crew up, credit everyone, screen the cut.", "film"),
                new Discipline("Writers", "Draft scripts and lyrics, get notes, find a composer.", "pen")),
                List.of(
                        new Promise("Yours to run", "One jar on your own machine: your community, your data."),
                        new Promise("Private by design", "Encrypted secrets, no trackers, no ads, export everything."),
                        new Promise("AI that stays home", "Creative tools that work offline, on your hardware first."),
                        new Promise("Credit where it's due", "Every collaboration keeps a record of who made what.")));
    }
}
