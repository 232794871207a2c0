package com.mediapatch.classifieds;

/** The experience an ad offers or asks for. */
public enum Level {

    BEGINNER("Beginner"), INTERMEDIATE("Intermediate"), ADVANCED("Advanced"), PROFESSIONAL("Professional"),
    ANY("Any level");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
