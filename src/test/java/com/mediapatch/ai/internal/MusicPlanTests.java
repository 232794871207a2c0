package com.mediapatch.ai.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mediapatch.ai.MusicRequest;

import org.junit.jupiter.api.Test;

class MusicPlanTests {

    @Test
    void aSlowDoomRiffInDMinorIsHeavyDarkAndSlowerThanDoomUsuallyIs() {
        MusicPlan plan = MusicPlan.of(new MusicRequest("Slow doom riff in D minor", 20));

        assertThat(plan.style()).isEqualTo(MusicStyle.DOOM);
        assertThat(plan.key()).isEqualTo("D minor");
        assertThat(plan.bpm()).isEqualTo(48);
        assertThat(plan.bars()).isEqualTo(4);
        assertThat(plan.seconds()).isEqualTo(20.0);
    }

    @Test
    void anExplicitTempoAndKeyWinOverTheStylesOwn() {
        MusicPlan plan = MusicPlan.of(new MusicRequest("techno at 138 bpm, key of F# major", 30));

        assertThat(plan.style()).isEqualTo(MusicStyle.ELECTRONIC);
        assertThat(plan.bpm()).isEqualTo(138);
        assertThat(plan.key()).isEqualTo("F# major");
    }

    @Test
    void flatsAndMoodWordsAreUnderstood() {
        assertThat(MusicPlan.of(new MusicRequest("lounge jazz in Bb", 10)).key()).isEqualTo("A# major");
        assertThat(MusicPlan.of(new MusicRequest("sad folk song", 10)).minor()).isTrue();
        assertThat(MusicPlan.of(new MusicRequest("happy techno", 10)).minor()).isFalse();
    }

    @Test
    void tempoStaysWithinWhatPeoplePlay() {
        assertThat(MusicPlan.of(new MusicRequest("punk at 999 bpm", 10)).bpm()).isEqualTo(MusicPlan.FASTEST);
        assertThat(MusicPlan.of(new MusicRequest("drone at 10 bpm", 10)).bpm()).isEqualTo(MusicPlan.SLOWEST);
    }

    @Test
    void aDescriptionWithoutAStyleIsPopAndAlwaysGivesTheSamePlan() {
        MusicPlan plan = MusicPlan.of(new MusicRequest("something for the end credits of my short", 20));

        assertThat(plan.style()).isEqualTo(MusicStyle.POP);
        assertThat(MusicPlan.of(new MusicRequest("something for the end credits of my short", 20))).isEqualTo(plan);
    }

    @Test
    void aLengthOutsideFiveSecondsToAMinuteIsRefused() {
        assertThatThrownBy(() -> new MusicRequest("rock", 61)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MusicRequest("rock", 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
