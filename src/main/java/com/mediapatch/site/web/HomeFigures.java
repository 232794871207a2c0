package com.mediapatch.site.web;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import com.mediapatch.shared.CommunityFigure;
import com.mediapatch.shared.Recounted;

import org.springframework.stereotype.Component;

/**
 * The live numbers on the home page, read from every module's {@link CommunityFigure} at most once a minute per
 * node ({@link Recounted}): no visitor waits for a count except the first after start.
 */
@Component
class HomeFigures {

    private static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private final Recounted<List<HomePage.Figure>> latest;

    HomeFigures(List<CommunityFigure> figures) {
        List<CommunityFigure> ordered = figures.stream().sorted(Comparator.comparingInt(CommunityFigure::order))
                .toList();
        this.latest = Recounted.every(FRESH_FOR, () -> read(ordered));
    }

    List<HomePage.Figure> now() {
        return latest.current();
    }

    private static List<HomePage.Figure> read(List<CommunityFigure> figures) {
        return figures.stream().map(figure -> {
            long value = figure.count().getAsLong();
            return new HomePage.Figure(value, figure.labelFor(value));
        }).toList();
    }
}
