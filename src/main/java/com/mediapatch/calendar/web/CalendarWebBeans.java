package com.mediapatch.calendar.web;

import com.mediapatch.calendar.CalendarRoutes;
import com.mediapatch.identity.ApiScope;
import com.mediapatch.shared.web.NavLink;
import com.mediapatch.shared.web.NavLink.Audience;
import com.mediapatch.shared.web.Showcase;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The calendar in the main navigation and on the home page, and its API scopes. */
@Configuration(proxyBeanMethods = false)
class CalendarWebBeans {

    static final String READ = "events:read";
    static final String WRITE = "events:write";

    @Bean
    NavLink eventsNavEntry() {
        return new NavLink("Events", CalendarRoutes.EVENTS, 35, Audience.everyone());
    }

    @Bean
    Showcase eventsOnHomePage() {
        return new Showcase("Events", "Gigs, jams, open mics and workshops near you: answer, get reminded, add them to your calendar.",
                CalendarRoutes.EVENTS, 40);
    }

    @Bean
    ApiScope eventsReadScope() {
        return new ApiScope(READ, "Read events and your answers");
    }

    @Bean
    ApiScope eventsWriteScope() {
        return new ApiScope(WRITE, "Create, change and cancel your events, and answer events");
    }
}
