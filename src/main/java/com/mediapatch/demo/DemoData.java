package com.mediapatch.demo;

/**
 * One module's part of the demo community. Each module that has something to show declares a
 * bean of this type in its own package; with demo data enabled they run once the demo members
 * exist, lowest order first, through the module's own API. Each must be idempotent: it runs on
 * every start with the flag on.
 */
public interface DemoData {

    /** When to run: members are seeded first; friendships (social) at 100, conversations (messaging) at 200. */
    int order();

    /** Adds this module's demo data unless it is already there. */
    void seed();
}
