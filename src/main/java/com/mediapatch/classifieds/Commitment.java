package com.mediapatch.classifieds;

/** How serious the project is; whether it pays is said separately. */
public enum Commitment {

    HOBBY("Hobby"), SEMI_PRO("Semi-pro"), PRO("Pro");

    private final String label;

    Commitment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
