package com.mediapatch.profiles;

/** The creative communities a member belongs to, shown on profiles and used for matching. */
public enum Discipline {
    MUSICIAN("Musician"), BAND("Band"), ARTIST("Artist"), FILMMAKER("Filmmaker"), WRITER("Writer"),
    PRODUCER("Producer"), PHOTOGRAPHER("Photographer"), ACTOR("Actor"), DANCER("Dancer"),
    DESIGNER("Designer"), SOUND_ENGINEER("Sound engineer");

    private final String label;

    Discipline(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
