package com.mediapatch.social.web;

import java.util.ArrayList;
import java.util.List;

import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.shared.web.Toast;
import com.mediapatch.social.Connection;
import com.mediapatch.social.ConnectionAction;
import com.mediapatch.social.SocialRoutes;

/**
 * The buttons for what the viewer can do about one member in the current state.
 *
 * @param member the other member
 * @param connection how the viewer stands towards them
 * @param toasts what to tell the viewer about the last action
 */
public record ConnectionActionsFragment(ProfileSummary member, Connection connection, List<Toast> toasts) {

    /** One button; {@code swap} ones replace the buttons in place, the others reload the page. */
    public record Button(ConnectionAction action, String path, boolean primary, boolean swap) {
    }

    public List<Button> buttons() {
        List<Button> buttons = new ArrayList<>();
        switch (connection.state()) {
            case NONE -> buttons.add(button(ConnectionAction.REQUEST, true, true));
            case REQUEST_SENT -> buttons.add(button(ConnectionAction.CANCEL, false, true));
            case REQUEST_RECEIVED -> {
                buttons.add(button(ConnectionAction.ACCEPT, true, false));
                buttons.add(button(ConnectionAction.DECLINE, false, true));
            }
            case FRIENDS -> buttons.add(button(ConnectionAction.UNFRIEND, false, false));
            case BLOCKED -> {
                buttons.add(button(ConnectionAction.UNBLOCK, true, false));
                return buttons;
            }
        }
        buttons.add(button(connection.muted() ? ConnectionAction.UNMUTE : ConnectionAction.MUTE, false, true));
        buttons.add(button(ConnectionAction.BLOCK, false, false));
        return buttons;
    }

    public String status() {
        return switch (connection.state()) {
            case NONE -> null;
            case FRIENDS -> "Friends";
            case REQUEST_SENT -> "Request sent";
            case REQUEST_RECEIVED -> "Wants to be your friend";
            case BLOCKED -> "Blocked";
        };
    }

    public String id() {
        return SocialRoutes.ACTIONS_ID;
    }

    private Button button(ConnectionAction action, boolean primary, boolean swap) {
        return new Button(action, SocialRoutes.action(member.handle(), action), primary, swap);
    }
}
