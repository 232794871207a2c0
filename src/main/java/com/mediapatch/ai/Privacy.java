package com.mediapatch.ai;

/**
 * Where a member's input goes to be answered, in words shown to members.
 *
 * @param label "runs on this server" or "sent to" a named provider
 * @param onThisServer true when nothing leaves the server
 */
public record Privacy(String label, boolean onThisServer) {

    public static final Privacy THIS_SERVER = new Privacy("runs on this server", true);

    public static Privacy sentTo(String provider) {
        return new Privacy("sent to " + provider, false);
    }
}
