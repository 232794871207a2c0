package com.mediapatch.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.mediapatch.shared.CommunityFigure;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class HomeFiguresTests {

    @Test
    void figuresComeInTheirOrderWithTheRightNumberWord() {
        HomeFigures numbers = new HomeFigures(List.of(
                new CommunityFigure("active this week", "active this week", 20, () -> 1_204),
                new CommunityFigure("member", "members", 10, () -> 1)));

        assertThat(numbers.now()).extracting(HomePage.Figure::formatted, HomePage.Figure::label)
                .containsExactly(
                        Tuple.tuple("1", "member"),
                        Tuple.tuple("1,204", "active this week"));
    }

    @Test
    void aVisitWithinTheMinuteDoesNotCountAgain() {
        AtomicLong reads = new AtomicLong();
        HomeFigures numbers = new HomeFigures(List.of(
                new CommunityFigure("member", "members", 10, reads::incrementAndGet)));

        numbers.now();
        numbers.now();
        numbers.now();

        assertThat(reads).hasValue(1);
    }
}
