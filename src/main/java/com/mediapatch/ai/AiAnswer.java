package com.mediapatch.ai;

import java.util.List;

/**
 * What a capability answered, and how: the link that answered, where the input went, and why each earlier
 * link of the chain was passed over (so an operator can see the chain work and a member gets a note).
 *
 * @param value the answer itself
 * @param answeredBy the name of the link that answered, for example "offline (no language model)"
 * @param privacy where the input was sent
 * @param skipped one line per earlier link that did not answer, naming it and why
 */
public record AiAnswer<T>(T value, String answeredBy, Privacy privacy, List<String> skipped) {

    public AiAnswer {
        skipped = List.copyOf(skipped);
    }

    /** Whether a link before the answering one failed or was passed over. */
    public boolean fellBack() {
        return !skipped.isEmpty();
    }
}
