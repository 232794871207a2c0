package com.mediapatch.ai.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Calls per day as SVG bars, answered and failed stacked, computed here so the template only draws rectangles.
 * Coordinates are in a fixed view box the SVG scales to any width.
 */
public record UsageChart(List<Bar> bars, long peak, int width, int height, String summary) {

    public static final int HEIGHT = 120;
    static final int BAR = 10;
    static final int GAP = 4;

    /** One day: the answered part drawn from the bottom, the failed part above it. */
    public record Bar(LocalDate day, int x, int answeredY, int answeredHeight, int failedY, int failedHeight, long answered,
            long failed) {

        public String title() {
            return day + ": " + answered + " answered, " + failed + " failed";
        }
    }

    public static UsageChart of(List<UsageStore.DailyTotal> totals, LocalDate from, int days) {
        Map<LocalDate, long[]> perDay = new TreeMap<>();
        for (int i = 0; i < days; i++) {
            perDay.put(from.plusDays(i), new long[2]);
        }
        for (UsageStore.DailyTotal total : totals) {
            long[] counts = perDay.get(total.day());
            if (counts != null && !UsageRecord.NO_LINK.equals(total.link())) {
                counts[UsageRecord.OK.equals(total.outcome()) ? 0 : 1] += total.calls();
            }
        }
        long peak = Math.max(1, perDay.values().stream().mapToLong(counts -> counts[0] + counts[1]).max().orElse(1));
        List<Bar> bars = new ArrayList<>();
        long answered = 0;
        long failed = 0;
        int x = 0;
        for (Map.Entry<LocalDate, long[]> day : perDay.entrySet()) {
            long[] counts = day.getValue();
            int answeredHeight = (int) (counts[0] * HEIGHT / peak);
            int failedHeight = (int) (counts[1] * HEIGHT / peak);
            bars.add(new Bar(day.getKey(), x, HEIGHT - answeredHeight, answeredHeight, HEIGHT - answeredHeight - failedHeight,
                    failedHeight, counts[0], counts[1]));
            answered += counts[0];
            failed += counts[1];
            x += BAR + GAP;
        }
        return new UsageChart(bars, peak, Math.max(BAR, x - GAP), HEIGHT,
                answered + " calls answered and " + failed + " failed over the last " + days + " days");
    }

    public int barWidth() {
        return BAR;
    }
}
