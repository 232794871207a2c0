package com.mediapatch.calendar.internal;

import java.time.Duration;

import com.mediapatch.calendar.CalendarProblem;
import com.mediapatch.calendar.CalendarRoutes;
import com.mediapatch.notifications.Delivery;
import com.mediapatch.notifications.NotificationKind;
import com.mediapatch.shared.ProblemTypes;
import com.mediapatch.shared.RateLimitPolicy;
import com.mediapatch.shared.RateLimitRule;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The calendar's problem types, notification kinds and rate limits. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
class CalendarConfiguration {

    @Bean
    ProblemTypes calendarProblemTypes() {
        return () -> CalendarProblem.TYPES;
    }

    @Bean
    NotificationKind eventLineupNotifications() {
        return new NotificationKind(Notices.LINEUP, "Being named in an event's lineup", Delivery.EMAIL, 400);
    }

    @Bean
    NotificationKind eventReminderNotifications() {
        return new NotificationKind(Notices.REMINDER, "Reminders a day before events you answered", Delivery.EMAIL, 410);
    }

    @Bean
    NotificationKind eventUpdateNotifications() {
        return new NotificationKind(Notices.UPDATE, "Organisers' messages, cancellations and waitlist places", Delivery.EMAIL, 420);
    }

    @Bean
    NotificationKind eventSearchMatchNotifications() {
        return new NotificationKind(EventSearchAlerts.KIND, "New events matching a saved search", Delivery.EMAIL, 430);
    }

    @Bean
    RateLimitPolicy eventWritesRateLimit() {
        return new RateLimitPolicy("event-writes", 30, Duration.ofHours(1));
    }

    @Bean
    RateLimitPolicy eventMessagesRateLimit() {
        return new RateLimitPolicy("event-messages", 5, Duration.ofHours(1));
    }

    @Bean
    RateLimitPolicy eventAnswersRateLimit() {
        return new RateLimitPolicy("event-answers", 120, Duration.ofHours(1));
    }

    /** Reading the list, searching it as one types, and the event pages. */
    @Bean
    RateLimitPolicy eventReadsRateLimit() {
        return new RateLimitPolicy("event-reads", 120, Duration.ofMinutes(1));
    }

    @Bean
    RateLimitRule eventReadsRule() {
        return new RateLimitRule("calendar.reads", "GET", CalendarRoutes.EVENTS, "event-reads");
    }

    @Bean
    RateLimitRule apiEventReadsRule() {
        return new RateLimitRule("calendar.api-reads", "GET", CalendarRoutes.API, "event-reads");
    }

    @Bean
    RateLimitRule eventWritesRule() {
        return RateLimitRule.post("calendar.events", CalendarRoutes.EVENTS, "event-writes");
    }

    @Bean
    RateLimitRule eventAnswersRule() {
        return RateLimitRule.post("calendar.answers", "/events/occurrences", "event-answers");
    }

    @Bean
    RateLimitRule eventMessagesRule() {
        return RateLimitRule.post("calendar.messages", "/events/messages", "event-messages");
    }

    @Bean
    RateLimitRule apiEventWritesRule() {
        return RateLimitRule.post("calendar.api-events", CalendarRoutes.API, "event-writes");
    }
}
