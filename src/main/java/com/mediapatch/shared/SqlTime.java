package com.mediapatch.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Instants in and out of TIMESTAMP WITH TIME ZONE columns, the same on H2 and PostgreSQL: bound
 * as an OffsetDateTime in UTC (both drivers map it to the column type without the JVM's zone),
 * cut to microseconds (PostgreSQL's precision, so a value read back equals the one written and
 * keyset cursors compare equal), and read back as OffsetDateTime. Null stays null.
 */
public final class SqlTime {

    private SqlTime() {
    }

    /** The value to bind for {@code instant}. */
    public static OffsetDateTime of(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    /** The instant in {@code column} of the current row, or null. */
    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
