package com.mediapatch.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list read by keyset: the rows shown and the cursor of the next (older) page,
 * null on the last one. Stores read one row more than the page holds to know whether there is
 * a next page, without counting.
 *
 * @param items the rows of this page
 * @param next the encoded {@link PageCursor} to pass for the following page, or null
 * @param <T> what the list holds
 */
public record KeysetPage<T>(List<T> items, String next) {

    /** The page from {@code rows} read with a limit of {@code size + 1}. */
    public static <T> KeysetPage<T> of(List<T> rows, int size, Function<T, PageCursor> cursorOf) {
        if (rows.size() <= size) {
            return new KeysetPage<>(List.copyOf(rows), null);
        }
        return new KeysetPage<>(List.copyOf(rows.subList(0, size)), cursorOf.apply(rows.get(size - 1)).encode());
    }

    /** The same page position with other items, such as the rows turned into what a page shows. */
    public <R> KeysetPage<R> withItems(List<R> shown) {
        return new KeysetPage<>(shown, next);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
