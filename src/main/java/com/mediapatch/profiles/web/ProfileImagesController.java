package com.mediapatch.profiles.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.mediapatch.identity.Member;
import com.mediapatch.profiles.ImageRefused;
import com.mediapatch.profiles.ProfileRoutes;
import com.mediapatch.profiles.internal.ImageRenditions;
import com.mediapatch.profiles.internal.ImageSlot;
import com.mediapatch.profiles.internal.Profile;
import com.mediapatch.profiles.internal.ProfileCatalogue;
import com.mediapatch.profiles.internal.ProfileImages;
import com.mediapatch.shared.web.FormErrors;
import com.mediapatch.shared.web.HtmxRequest;
import com.mediapatch.shared.web.Toast;
import com.mediapatch.shared.web.Toasts;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** A member uploads or removes their own photo and banner from the editor's "Photo & banner" section. */
@Controller
class ProfileImagesController {

    private final ProfileCatalogue catalogue;
    private final ProfileImages images;

    ProfileImagesController(ProfileCatalogue catalogue, ProfileImages images) {
        this.catalogue = catalogue;
        this.images = images;
    }

    @PostMapping(ProfileRoutes.IMAGES_EDIT + "/{slot}")
    String upload(@AuthenticationPrincipal Member me, @PathVariable String slot,
            @RequestParam(name = "image", required = false) MultipartFile image, Model model, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) throws NoResourceFoundException, IOException {
        ImageSlot chosen = slot(slot);
        try {
            if (image == null || image.isEmpty()) {
                throw new ImageRefused("Choose an image file to upload.");
            }
            if (image.getSize() > ImageRenditions.MAX_BYTES) {
                throw new ImageRefused("That image is larger than 8 MB. Choose a smaller one.");
            }
            images.upload(me.id(), chosen, image.getBytes());
        } catch (ImageRefused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return answer(me, chosen, FormErrors.forField(chosen.slug(), refused.getMessage()), null, model, request,
                    redirect);
        }
        return answer(me, chosen, FormErrors.NONE, label(chosen) + " saved.", model, request, redirect);
    }

    @PostMapping(ProfileRoutes.IMAGES_EDIT + "/{slot}/remove")
    String remove(@AuthenticationPrincipal Member me, @PathVariable String slot, Model model,
            HttpServletRequest request, RedirectAttributes redirect) throws NoResourceFoundException {
        ImageSlot chosen = slot(slot);
        images.remove(me.id(), chosen);
        return answer(me, chosen, FormErrors.NONE, label(chosen) + " removed.", model, request, redirect);
    }

    private String answer(Member me, ImageSlot slot, FormErrors errors, String done, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Profile profile = catalogue.create(me.id(), "New member");
        ProfileForm form = ProfileForm.of(profile.details());
        if (HtmxRequest.wantsFragment(request)) {
            List<Toast> toasts = done == null ? List.of() : List.of(new Toast(Toast.Level.SUCCESS, done));
            model.addAttribute("page", ProfileEditPage.of(profile, form, errors, toasts));
            return "profiles/imagesSaved";
        }
        if (done == null) {
            model.addAttribute("page", ProfileEditPage.of(profile, form, errors, List.of()));
            return "profiles/edit";
        }
        Toasts.success(redirect, done);
        return "redirect:" + ProfileRoutes.EDIT + "#" + ProfileEditPage.IMAGES_ID;
    }

    private static ImageSlot slot(String slug) throws NoResourceFoundException {
        return ImageSlot.ofSlug(slug)
                .orElseThrow(() -> new NoResourceFoundException(HttpMethod.POST, ProfileRoutes.IMAGES_EDIT, slug));
    }

    private static String label(ImageSlot slot) {
        return slot == ImageSlot.PHOTO ? "Photo" : "Banner";
    }
}
