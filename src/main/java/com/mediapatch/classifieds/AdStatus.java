package com.mediapatch.classifieds;

/** Where an ad is in its life. A published ad past its expiry is shown as expired until renewed. */
public enum AdStatus {

    DRAFT("Draft"), PUBLISHED("Published"), CLOSED("Filled");

    private final String label;

    AdStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
