package com.mediapatch.classifieds;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Words no other test writes, so a search in the shared test context finds only the test's own ads. Ten random
 * letters: typo-tolerant search forgives two edits, so words that share most letters (hex digits masked to one
 * letter) would find each other.
 */
public final class UniqueWords {

    private UniqueWords() {
    }

    public static String next(String prefix) {
        StringBuilder word = new StringBuilder(prefix);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
