package com.mediapatch.classifieds.web;

import java.util.UUID;

import com.mediapatch.classifieds.ClassifiedsRoutes;
import com.mediapatch.classifieds.SavedSearchNotFound;
import com.mediapatch.classifieds.internal.SavedSearches;
import com.mediapatch.identity.Member;
import com.mediapatch.shared.web.Toasts;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Saving the search on the classifieds page, listing one's saved searches, and deleting one. */
@Controller
@PreAuthorize("isAuthenticated()")
class SavedSearchesController {

    private final SavedSearches searches;
    private final AdSearchReader reader;

    SavedSearchesController(SavedSearches searches, AdSearchReader reader) {
        this.searches = searches;
        this.reader = reader;
    }

    @GetMapping(ClassifiedsRoutes.SAVED)
    String list(@AuthenticationPrincipal Member me, Model model) {
        model.addAttribute("page", new SavedSearchesPage(searches.ownedBy(me.id())));
        return "classifieds/saved";
    }

    @PostMapping(ClassifiedsRoutes.SAVED)
    String save(@AuthenticationPrincipal Member me, AdSearch search, RedirectAttributes redirect) {
        searches.save(me.id(), reader.read(search).query());
        Toasts.success(redirect, "Search saved. We will tell you when a new ad matches it.");
        return "redirect:" + ClassifiedsRoutes.SAVED;
    }

    @PostMapping(ClassifiedsRoutes.SAVED + "/{id}/delete")
    String delete(@AuthenticationPrincipal Member me, @PathVariable String id, RedirectAttributes redirect) {
        searches.delete(me.id(), uuid(id));
        Toasts.success(redirect, "Saved search deleted.");
        return "redirect:" + ClassifiedsRoutes.SAVED;
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw new SavedSearchNotFound();
        }
    }
}
