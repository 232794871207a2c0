package com.mediapatch.profiles.web;

import com.mediapatch.profiles.ProfileRoutes;
import com.mediapatch.profiles.internal.TagSuggestions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Suggestions for the editor's skill and genre inputs, as the options of their datalist. */
@Controller
class TagSuggestionsController {

    private static final int SHOWN = 8;

    private final TagSuggestions suggestions;

    TagSuggestionsController(TagSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    @GetMapping(ProfileRoutes.TAG_SUGGESTIONS)
    String suggest(@RequestParam(defaultValue = "") String kind,
            @RequestParam(name = "q", defaultValue = "") String typed, Model model) {
        model.addAttribute("page", new TagSuggestionsFragment(suggestions.startingWith(kind, typed, SHOWN)));
        return "profiles/tagSuggestions";
    }
}
