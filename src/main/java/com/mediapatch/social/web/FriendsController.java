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

/** The member's friends, requests either way, people they may know, and whom they blocked or muted. */
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
    String friends(@AuthenticationPrincipal Member me, Model model) {
        if (me == null) {
            return "redirect:" + IdentityRoutes.SIGN_IN;
        }
        model.addAttribute("page", new FriendsPage(relationships.friends(me.id()), relationships.incoming(me.id()),
                relationships.outgoing(me.id()), people.suggestionsFor(me.id(), SUGGESTIONS),
                relationships.blocked(me.id()), relationships.muted(me.id())));
        return "social/friends";
    }
}
