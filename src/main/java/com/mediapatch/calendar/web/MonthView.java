package com.mediapatch.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.mediapatch.calendar.Listing;

/**
 * A month as a compact grid of weeks (Monday first) with a dot on days that have events, and the
 * days with events listed below it.
 *
 * @param month the month shown
 * @param weeks rows of seven days, the first and last padded with the neighbouring months' days
 * @param days the days with events, in order, each with its occurrences
 * @param today the viewer's today
 */
public record MonthView(YearMonth month, List<List<Day>> weeks, List<DayEvents> days, LocalDate today) {

    private static final DateTimeFormatter TITLE = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    /**
     * A cell of the grid.
     *
     * @param date the day
     * @param inMonth whether it belongs to the month shown
     * @param events how many occurrences start on it
     */
    public record Day(LocalDate date, boolean inMonth, int events) {

        public String anchor() {
            return "day-" + date;
        }
    }

    /**
     * A day with events, below the grid.
     *
     * @param date the day
     * @param listings its occurrences
     */
    public record DayEvents(LocalDate date, List<Listing> listings) {

        public String title() {
            return DAY.format(date);
        }

        public String anchor() {
            return "day-" + date;
        }
    }

    static MonthView of(YearMonth month, List<Listing> listings, Times times, LocalDate today) {
        Map<LocalDate, List<Listing>> byDay = new LinkedHashMap<>();
        for (Listing listing : listings) {
            byDay.computeIfAbsent(listing.occurrence().startsAt().atZone(times.zone()).toLocalDate(), day -> new ArrayList<>())
                    .add(listing);
        }
        List<List<Day>> weeks = new ArrayList<>();
        LocalDate day = month.atDay(1).with(DayOfWeek.MONDAY);
        while (!day.isAfter(month.atEndOfMonth())) {
            List<Day> week = new ArrayList<>();
            for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
                week.add(new Day(day, YearMonth.from(day).equals(month), byDay.getOrDefault(day, List.of()).size()));
            }
            weeks.add(week);
        }
        List<DayEvents> days = byDay.entrySet().stream().map(entry -> new DayEvents(entry.getKey(), entry.getValue())).toList();
        return new MonthView(month, weeks, days, today);
    }

    public String title() {
        return TITLE.format(month);
    }

    public String previous() {
        return month.minusMonths(1).toString();
    }

    public String next() {
        return month.plusMonths(1).toString();
    }
}
