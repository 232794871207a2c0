package com.mediapatch.profiles.internal;

import java.util.List;

import com.mediapatch.shared.Statistic;
import com.mediapatch.shared.StatisticsSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Profiles in all, and how many are public, for the overview. */
@Component
class ProfileStatistics implements StatisticsSource {

    private final JdbcTemplate jdbc;

    ProfileStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Statistic> statistics() {
        return List.of(
                new Statistic("Profiles", "Profiles", count("select count(*) from profiles_profile")),
                new Statistic("Profiles", "Public profiles", count("select count(*) from profiles_profile where visibility = 'EVERYONE'")));
    }

    private long count(String sql) {
        Long value = jdbc.queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }
}
