package com.mediapatch.profiles.web;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

import com.mediapatch.identity.Member;
import com.mediapatch.profiles.Discipline;
import com.mediapatch.profiles.ProfileRoutes;
import com.mediapatch.profiles.ProfileViewRules;
import com.mediapatch.profiles.internal.DirectoryCursor;
import com.mediapatch.profiles.internal.DirectoryFilters;
import com.mediapatch.profiles.internal.MemberSearch;
import com.mediapatch.profiles.internal.MembersFound;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The member directory: one search box over names, handles, bios, cities and tags, with filters
 * that combine; never lists members cut off by a block. Values it does not know are ignored.
 */
@Controller
class MembersController {

    private static final Pattern HANDLE = Pattern.compile("[a-z0-9-]{1,30}");
    private static final Pattern PAGE = Pattern.compile("[1-9][0-9]{0,2}");

    private final MemberSearch search;
    private final ObjectProvider<ProfileViewRules> rules;

    MembersController(MemberSearch search, ObjectProvider<ProfileViewRules> rules) {
        this.search = search;
        this.rules = rules;
    }

    @GetMapping(ProfileRoutes.MEMBERS)
    String directory(@RequestParam(name = "q", defaultValue = "") String query,
            @RequestParam(required = false) String discipline, @RequestParam(required = false) String genre,
            @RequestParam(required = false) String skill, @RequestParam(required = false) String city,
            @RequestParam(required = false) String after, @RequestParam(required = false) String before,
            @RequestParam(required = false) String page, @AuthenticationPrincipal Member viewer, Model model) {
        DirectoryFilters filters = new DirectoryFilters(query, disciplineOrNull(discipline), genre, skill, city);
        DirectoryCursor cursor = new DirectoryCursor(handleOrNull(after), handleOrNull(before), pageOrFirst(page));
        ProfileViewRules viewRules = rules.getIfUnique(() -> ProfileViewRules.NONE);
        MembersFound found = viewer == null ? search.find(null, filters, cursor, Set.of(), Set.of())
                : search.find(viewer.id(), filters, cursor, viewRules.friendsOf(viewer.id()), viewRules.cutOff(viewer.id()));
        model.addAttribute("page", MembersPage.of(found, filters));
        return "profiles/members";
    }

    /** A cursor is a handle; anything else starts from the beginning. */
    private static String handleOrNull(String cursor) {
        return cursor != null && HANDLE.matcher(cursor).matches() ? cursor : null;
    }

    private static int pageOrFirst(String page) {
        return page != null && PAGE.matcher(page).matches() ? Integer.parseInt(page) : 1;
    }

    private static Discipline disciplineOrNull(String name) {
        return Arrays.stream(Discipline.values()).filter(known -> known.name().equals(name)).findFirst().orElse(null);
    }
}
