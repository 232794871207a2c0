package com.mediapatch.ai.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.mediapatch.ai.Capability;

/**
 * How one capability is set up: its switch, who may use it, each member's daily quota (0 for none), how long one
 * attempt of a link may take, and its chain of links in
 * order ({@link #LOCAL} for the in-process provider, otherwise connection ids).
 */
public record CapabilitySettings(Capability capability, boolean enabled, Audience audience, int dailyQuota,
        Duration timeout, List<String> chain) {

    public static final String LOCAL = "local";

    public CapabilitySettings {
        chain = List.copyOf(chain);
    }

    /** The chain with the link at {@code index} swapped with its neighbour up ({@code -1}) or down ({@code 1}). */
    public List<String> moved(int index, int direction) {
        int other = index + direction;
        List<String> links = new ArrayList<>(chain);
        if (index < 0 || index >= links.size() || other < 0 || other >= links.size()) {
            return links;
        }
        links.set(index, chain.get(other));
        links.set(other, chain.get(index));
        return links;
    }

    public CapabilitySettings withChain(List<String> links) {
        return new CapabilitySettings(capability, enabled, audience, dailyQuota, timeout, links);
    }

    public List<String> with(String link) {
        List<String> links = new ArrayList<>(chain);
        if (!links.contains(link)) {
            links.add(link);
        }
        return links;
    }

    public List<String> without(String link) {
        List<String> links = new ArrayList<>(chain);
        links.remove(link);
        return links;
    }
}

