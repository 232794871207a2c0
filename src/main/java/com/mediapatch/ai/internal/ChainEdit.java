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

    /** Puts the same links in a new order (dragged into place); anything but a reordering leaves the chain as it is. */
    record Order(List<String> links) implements ChainEdit {
        @Override
        public List<String> apply(CapabilitySettings settings, BiPredicate<Capability, String> usable) {
            boolean sameLinks = links.size() == settings.chain().size() && new java.util.HashSet<>(links).size() == links.size()
                    && settings.chain().containsAll(links);
            return sameLinks ? List.copyOf(links) : settings.chain();
        }
    }

    record Remove(String link) implements ChainEdit {
        @Override
        public List<String> apply(CapabilitySettings settings, BiPredicate<Capability, String> usable) {
            return settings.without(link);
        }
    }
}
