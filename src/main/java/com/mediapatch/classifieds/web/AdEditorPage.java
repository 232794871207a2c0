package com.mediapatch.classifieds.web;

import java.util.List;

import com.mediapatch.classifieds.AdId;
import com.mediapatch.classifieds.Category;
import com.mediapatch.classifieds.ClassifiedsRoutes;
import com.mediapatch.classifieds.Commitment;
import com.mediapatch.classifieds.Level;
import com.mediapatch.shared.web.FormErrors;

/**
 * The form for a new ad or an edit.
 *
 * @param form the values so far
 * @param id the ad being edited, or null for a new one
 * @param errors what is wrong with the last submission
 */
public record AdEditorPage(AdForm form, AdId id, FormErrors errors) {

    public String action() {
        return id == null ? ClassifiedsRoutes.NEW : ClassifiedsRoutes.edit(id);
    }

    public String title() {
        return id == null ? "Post an ad" : "Edit your ad";
    }

    public List<Category> categories() {
        return List.of(Category.values());
    }

    public List<Level> levels() {
        return List.of(Level.values());
    }

    public List<Commitment> commitments() {
        return List.of(Commitment.values());
    }

    public String shown(String value) {
        return value == null ? "" : value;
    }
}
