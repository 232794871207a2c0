package com.mediapatch.profiles;

/** Who may see a profile. FRIENDS means the member and their friends (as told by {@link ProfileViewRules}). */
public enum Visibility {
    EVERYONE("Everyone, including visitors who are not signed in"),
    MEMBERS("Signed-in members only"),
    FRIENDS("Friends only");

    private final String label;

    Visibility(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
