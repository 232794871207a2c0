package com.mediapatch.audit;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What the verifier demands beyond the log itself. Entries no checkpoint covers yet could be
 * rewritten or dropped without a trace, so an operator may cap how many there are and how
 * old the oldest may be; and a witness file, a copy of the checkpoint log kept elsewhere,
 * is compared line by line with the local one.
 *
 * @param maxUnsignedEntries fail when more entries than this are unsigned; 0 for no limit
 * @param maxUnsignedAge fail when the oldest unsigned entry is older than this; zero for no limit
 * @param witness a copy of the checkpoint log kept off the box, or null
 */
public record VerificationOptions(long maxUnsignedEntries, Duration maxUnsignedAge, Path witness) {

    public VerificationOptions {
        maxUnsignedAge = maxUnsignedAge == null ? Duration.ZERO : maxUnsignedAge;
    }

    /** No limits and no witness. */
    public static VerificationOptions none() {
        return new VerificationOptions(0, Duration.ZERO, null);
    }

    /** The same, compared with this witness file too. */
    public VerificationOptions withWitness(Path file) {
        return new VerificationOptions(maxUnsignedEntries, maxUnsignedAge, file);
    }
}
