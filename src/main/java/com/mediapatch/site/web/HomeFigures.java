package com.mediapatch.site.web;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.mediapatch.shared.CommunityFigure;

import org.springframework.stereotype.Component;

/**
 * The live numbers on the home page, read from every module's {@link CommunityFigure} at most
 * once a minute per node: a visit after that gets the last numbers while new ones are read in
 * the background, so no visitor waits for a count.
 */
@Component
class HomeFigures {

    private static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private final List<CommunityFigure> figures;
    private final LoadingCache<Boolean, List<HomePage.Figure>> latest;

    HomeFigures(List<CommunityFigure> figures) {
        this.figures = figures.stream().sorted(Comparator.comparingInt(CommunityFigure::order)).toList();
        this.latest = Caffeine.newBuilder().refreshAfterWrite(FRESH_FOR).build(ignored -> read());
    }

    List<HomePage.Figure> now() {
        return latest.get(Boolean.TRUE);
    }

    private List<HomePage.Figure> read() {
        return figures.stream().map(figure -> {
            long value = figure.count().getAsLong();
            return new HomePage.Figure(value, figure.labelFor(value));
        }).toList();
    }
}
