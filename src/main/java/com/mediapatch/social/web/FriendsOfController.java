package com.mediapatch.social.web;

import jakarta.servlet.http.HttpServletRequest;

import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.Member;
import com.mediapatch.profiles.ProfileForFriendsOnly;
import com.mediapatch.profiles.ProfileForMembersOnly;
import com.mediapatch.shared.web.HtmxRequest;
import com.mediapatch.social.FriendLists;
import com.mediapatch.social.SocialRoutes;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A member's friends, shown to whoever may see the member's profile: the whole page, or (for htmx) the panel the
 * profile page loads. Whoever may not see them gets the friendly page of the fact that keeps them out (members
 * only offers signing in); the panel then shows nothing at all.
 */
@Controller
class FriendsOfController {

    private final FriendLists lists;

    FriendsOfController(FriendLists lists) {
        this.lists = lists;
    }

    @GetMapping(SocialRoutes.FRIENDS_OF + "/{handle}")
    String friendsOf(@PathVariable String handle, @RequestParam(required = false) String after,
            @AuthenticationPrincipal Member me, HttpServletRequest request, Model model) {
        AccountId viewer = me == null ? null : me.id();
        if (HtmxRequest.wantsFragment(request)) {
            try {
                FriendLists.Shown shown = lists.friendsOf(viewer, handle, null, FriendsOfPage.PANEL_SIZE);
                model.addAttribute("page", new FriendsOfPage(shown.owner(), shown.friends()));
            } catch (ProfileForMembersOnly | ProfileForFriendsOnly hidden) {
                model.addAttribute("page", FriendsOfPage.HIDDEN_PANEL);
            }
            return "social/friend-list";
        }
        FriendLists.Shown shown = lists.friendsOf(viewer, handle, after, FriendsOfPage.PAGE_SIZE);
        model.addAttribute("page", new FriendsOfPage(shown.owner(), shown.friends()));
        return "social/friends-of";
    }
}
