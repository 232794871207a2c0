package com.mediapatch.ai.internal;

import java.util.List;
import java.util.function.BiPredicate;

import com.mediapatch.ai.Capability;

/** One change to a capability's chain, as God Mode's buttons make it. */
public sealed interface ChainEdit {

    List<String> apply(CapabilitySettings settings, BiPredicate<Capability, String> usable);

    /** Swaps the link at {@code index} with the one above ({@code -1}) or below ({@code 1}). */
    record Move(int index, int direction) implements ChainEdit {
        @Override
        public List<String> apply(CapabilitySettings settings, BiPredicate<Capability, String> usable) {
            return settings.moved(index, direction);
        }
    }

    /** Appends a link, if it can answer the capability. */
    record Add(String link) implements ChainEdit {
        @Override
        public List<String> apply(CapabilitySettings settings, BiPredicate<Capability, String> usable) {
            return usable.test(settings.capability(), link) ? settings.with(link) : settings.chain();
        }
    }

    record Remove(String link) implements ChainEdit {
        @Override
        public List<String> apply(CapabilitySettings settings, BiPredicate<Capability, String> usable) {
            return settings.without(link);
        }
    }
}
