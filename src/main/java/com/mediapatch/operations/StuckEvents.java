package com.mediapatch.operations;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.mediapatch.shared.Statistic;
import com.mediapatch.shared.StatisticsSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts events whose listeners have not completed long after they were published: what
 * {@link EventRecovery} could not finish. Health reports them as DEGRADED (still serving, so
 * load balancers keep the node) and the God Mode overview shows the number.
 */
@Component("eventPublications")
@EnableConfigurationProperties(EventRecoveryProperties.class)
class StuckEvents implements HealthIndicator, StatisticsSource {

    static final Status DEGRADED = new Status("DEGRADED", "Module events wait for their listeners");

    private final JdbcClient jdbc;
    private final EventRecoveryProperties properties;
    private final Clock clock;

    StuckEvents(JdbcClient jdbc, EventRecoveryProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND publication_date < ?")
                .param(OffsetDateTime.ofInstant(clock.instant().minus(properties.stuckAfter()), ZoneOffset.UTC))
                .query(Long.class).single();
    }

    @Override
    public Health health() {
        long stuck = count();
        return (stuck == 0 ? Health.up() : Health.status(DEGRADED)).withDetail("stuck", stuck).build();
    }

    @Override
    public List<Statistic> statistics() {
        return List.of(new Statistic("Operations", "Module events stuck over " + properties.stuckAfter().toMinutes()
                + " min", count()));
    }
}
