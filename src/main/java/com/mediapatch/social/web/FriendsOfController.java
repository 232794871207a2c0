package com.mediapatch.social.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.Member;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.shared.KeysetPage;
import com.mediapatch.shared.web.HtmxRequest;
import com.mediapatch.social.FriendLists;
import com.mediapatch.social.SocialRoutes;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A member's friends, shown to whoever may see the member's profile: the whole page, or
 * (for htmx) the panel the profile page loads.
 */
@Controller
class FriendsOfController {

    private final FriendLists lists;

    FriendsOfController(FriendLists lists) {
        this.lists = lists;
    }

    @GetMapping(SocialRoutes.FRIENDS_OF + "/{handle}")
    String friendsOf(@PathVariable String handle, @RequestParam(required = false) String after,
            @AuthenticationPrincipal Member me, HttpServletRequest request, HttpServletResponse response, Model model) {
        AccountId viewer = me == null ? null : me.id();
        boolean panel = HtmxRequest.wantsFragment(request);
        FriendLists.Shown shown = lists.friendsOf(viewer, handle, panel ? null : after,
                panel ? FriendsOfPage.PANEL_SIZE : FriendsOfPage.PAGE_SIZE);
        Optional<KeysetPage<ProfileSummary>> friends = shown.friends();
        model.addAttribute("page", new FriendsOfPage(shown.owner(), friends.orElse(null)));
        if (panel) {
            return "social/friend-list"; // the profile panel: nothing at all when hidden
        }
        if (friends.isEmpty()) {
            response.setStatus(viewer == null ? HttpStatus.UNAUTHORIZED.value() : HttpStatus.FORBIDDEN.value());
        }
        return "social/friends-of";
    }
}
