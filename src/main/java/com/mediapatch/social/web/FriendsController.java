package com.mediapatch.social.web;

import com.mediapatch.identity.IdentityRoutes;
import com.mediapatch.identity.Member;
import com.mediapatch.social.Relationships;
import com.mediapatch.social.SocialRoutes;
import com.mediapatch.social.internal.PeopleYouMayKnow;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The member's friends, requests either way, people they may know, and whom they blocked or muted. Every list is
 * one keyset page; each list's own parameter (named after it) holds the cursor of the page shown.
 */
@Controller
class FriendsController {

    static final int SUGGESTIONS = 8;

    private final Relationships relationships;
    private final PeopleYouMayKnow people;

    FriendsController(Relationships relationships, PeopleYouMayKnow people) {
        this.relationships = relationships;
        this.people = people;
    }

    @GetMapping(SocialRoutes.FRIENDS)
    String friends(@AuthenticationPrincipal Member me, @RequestParam(required = false) String friends,
            @RequestParam(required = false) String incoming, @RequestParam(required = false) String outgoing,
            @RequestParam(required = false) String blocked, @RequestParam(required = false) String muted, Model model) {
        if (me == null) {
            return "redirect:" + IdentityRoutes.SIGN_IN;
        }
        model.addAttribute("page", new FriendsPage(relationships.friends(me.id(), friends, FriendsPage.FRIENDS_SIZE),
                relationships.incoming(me.id(), incoming, FriendsPage.LIST_SIZE),
                relationships.outgoing(me.id(), outgoing, FriendsPage.LIST_SIZE), people.suggestionsFor(me.id(), SUGGESTIONS),
                relationships.blocked(me.id(), blocked, FriendsPage.LIST_SIZE),
                relationships.muted(me.id(), muted, FriendsPage.LIST_SIZE)));
        return "social/friends";
    }
}
