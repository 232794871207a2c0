package com.mediapatch.shared;

import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A live number about the community that a module shows visitors on the home page, such as how
 * many members it has. Declared as a bean by the module that owns the rows it counts. The home
 * page reads them at most once a minute, so the count may read a table but must be served by an
 * index.
 *
 * @param one what is counted, after the number 1 ("member")
 * @param many what is counted, after any other number ("members")
 * @param order where it stands: lower first
 * @param count reads the current number
 */
public record CommunityFigure(String one, String many, int order, LongSupplier count) {

    public CommunityFigure {
        Objects.requireNonNull(one, "one");
        Objects.requireNonNull(many, "many");
        Objects.requireNonNull(count, "count");
    }

    /** What follows {@code value}: the singular after 1, else the plural. */
    public String labelFor(long value) {
        return value == 1 ? one : many;
    }
}
