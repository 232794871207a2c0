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

    /**
     * Lets a viewer in, or throws the fact that keeps them out: {@link ProfileForMembersOnly} for visitors,
     * {@link ProfileForFriendsOnly} for members who are not friends. The owner is never asked about.
     *
     * @param signedIn whether the viewer is signed in
     * @param friend whether the viewer is the owner's friend
     * @param shared what is being kept, in words that begin the explanation, such as "@ann shares their friends"
     */
    public void admit(boolean signedIn, boolean friend, String shared) {
        if (admits(signedIn, friend)) {
            return;
        }
        if (!signedIn) {
            throw new ProfileForMembersOnly(shared + " with signed-in members only.");
        }
        throw new ProfileForFriendsOnly(shared + " with friends only.");
    }

    /** Whether a viewer may see what this visibility guards (the owner is never asked about). */
    public boolean admits(boolean signedIn, boolean friend) {
        return this == EVERYONE || signedIn && (this == MEMBERS || friend);
    }
}
