package com.mediapatch.calendar.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How far ahead occurrences are materialised and when reminders go out.
 *
 * @param horizon how far ahead of now recurring events have their occurrences written
 * @param reminderLead how long before an occurrence its attendees are reminded
 */
@ConfigurationProperties("mediapatch.calendar")
record CalendarProperties(@DefaultValue("400d") Duration horizon, @DefaultValue("24h") Duration reminderLead) {
}
