package com.mediapatch.identity.internal;

import java.time.Clock;
import java.time.Duration;

import com.mediapatch.shared.CommunityFigure;
import com.mediapatch.shared.SqlTime;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** How many members the community has and how many were active this week, for the home page. */
@Configuration(proxyBeanMethods = false)
class IdentityCommunityFigures {

    private static final Duration WEEK = Duration.ofDays(7);

    @Bean
    CommunityFigure membersFigure(JdbcTemplate jdbc) {
        return new CommunityFigure("member", "members", 10, () -> count(jdbc,
                "select count(*) from identity_account where email_verified_at is not null and banned_at is null"));
    }

    @Bean
    CommunityFigure activeThisWeekFigure(JdbcTemplate jdbc, Clock clock) {
        return new CommunityFigure("active this week", "active this week", 20, () -> count(jdbc,
                "select count(*) from identity_account where last_active_at > ?", SqlTime.of(clock.instant().minus(WEEK))));
    }

    private static long count(JdbcTemplate jdbc, String sql, Object... parameters) {
        Long value = jdbc.queryForObject(sql, Long.class, parameters);
        return value == null ? 0 : value;
    }
}
