package com.mediapatch.profiles.web;

import java.util.Set;
import java.util.regex.Pattern;

import com.mediapatch.identity.Member;
import com.mediapatch.profiles.Discipline;
import com.mediapatch.profiles.ProfileRoutes;
import com.mediapatch.profiles.ProfileViewRules;
import com.mediapatch.profiles.internal.Directory;
import com.mediapatch.profiles.internal.DirectoryPage;
import com.mediapatch.profiles.internal.DirectorySearch;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The member directory, searchable by name and filterable by discipline; never lists members cut off by a block. */
@Controller
class MembersController {

    private static final Pattern HANDLE = Pattern.compile("[a-z0-9-]{1,30}");

    private final Directory directory;
    private final ObjectProvider<ProfileViewRules> rules;

    MembersController(Directory directory, ObjectProvider<ProfileViewRules> rules) {
        this.directory = directory;
        this.rules = rules;
    }

    @GetMapping(ProfileRoutes.MEMBERS)
    String directory(@RequestParam(name = "q", defaultValue = "") String query,
            @RequestParam(required = false) Discipline discipline, @RequestParam(required = false) String after,
            @RequestParam(required = false) String before, @AuthenticationPrincipal Member viewer, Model model) {
        String text = query.length() > 80 ? query.substring(0, 80) : query;
        DirectorySearch search = new DirectorySearch(viewer == null ? null : viewer.id(), text, discipline,
                handleOrNull(after), handleOrNull(before));
        ProfileViewRules viewRules = rules.getIfUnique(() -> ProfileViewRules.NONE);
        DirectoryPage found = viewer == null ? directory.page(search, Set.of(), Set.of())
                : directory.page(search, viewRules.friendsOf(viewer.id()), viewRules.cutOff(viewer.id()));
        model.addAttribute("page", MembersPage.of(found, text, discipline));
        return "profiles/members";
    }

    /** A cursor is a handle; anything else starts from the beginning. */
    private static String handleOrNull(String cursor) {
        return cursor != null && HANDLE.matcher(cursor).matches() ? cursor : null;
    }
}
