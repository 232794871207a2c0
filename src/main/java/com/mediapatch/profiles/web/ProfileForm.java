package com.mediapatch.profiles.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import com.mediapatch.profiles.Availability;
import com.mediapatch.profiles.Discipline;
import com.mediapatch.profiles.Visibility;
import com.mediapatch.profiles.internal.Handles;
import com.mediapatch.profiles.ProfileDetails;
import com.mediapatch.profiles.Theme;

/**
 * The profile edit form as typed; tags arrive comma-separated (the tag inputs keep them so), the city with the id
 * of the place picked for it.
 */
public record ProfileForm(
        @NotBlank(message = "Choose a handle.")
        @Pattern(regexp = Handles.PATTERN, message = "Use 3 to 30 lower-case letters, digits and single hyphens.")
        String handle,
        @NotBlank(message = "Enter the name others will see.") @Size(max = 80, message = "Use at most 80 characters.")
        String displayName,
        @Size(max = 4000, message = "Keep your bio under 4000 characters.") String bio,
        @Size(max = 6, message = "Pick at most 6 disciplines.") List<Discipline> disciplines,
        @Size(max = 600, message = "That's a lot of skills: keep it under 600 characters.") String skills,
        @Size(max = 600, message = "That's a lot of genres: keep it under 600 characters.") String genres,
        @Size(max = 80, message = "Use at most 80 characters.") String city,
        @Pattern(regexp = "|[A-Z]{2}", message = "Choose a country from the list.") String country,
        @Positive(message = "Pick your city from the list again.") Long placeId,
        @Size(max = 300) String website, @Size(max = 300) String youtube, @Size(max = 300) String spotify,
        @Size(max = 300) String soundcloud, @Size(max = 300) String bandcamp, @Size(max = 300) String instagram,
        @Size(max = 300) String vimeo, List<Availability> availableFor,
        @NotNull(message = "Choose who may see your profile.") Visibility visibility,
        @NotNull(message = "Choose a theme.") Theme theme) {

    static final int MAX_TAGS = 20;
    static final int MAX_TAG_LENGTH = 40;
    static final List<String> LINK_FIELDS = List.of("website", "youtube", "spotify", "soundcloud", "bandcamp", "vimeo",
            "instagram");

    static ProfileForm of(ProfileDetails d) {
        return new ProfileForm(d.handle(), d.displayName(), d.bio(), d.disciplines(), String.join(", ", d.skills()),
                String.join(", ", d.genres()), d.city(), d.country(), d.placeId(), d.website(), d.youtube(), d.spotify(),
                d.soundcloud(), d.bandcamp(), d.instagram(), d.vimeo(), d.availableFor(), d.visibility(), d.theme());
    }

    ProfileDetails toDetails(LocationChoice.Location location) {
        return new ProfileDetails(handle.strip().toLowerCase(Locale.ROOT), displayName, bio,
                disciplines == null ? List.of() : List.copyOf(new LinkedHashSet<>(disciplines)), tags(skills), tags(genres),
                location.city(), location.country(), location.latitude(), location.longitude(),
                location.placeId(), website, youtube, spotify, soundcloud, bandcamp, instagram, vimeo,
                availableFor == null ? List.of() : List.copyOf(new LinkedHashSet<>(availableFor)), visibility, theme);
    }

    /**
     * This form with the named fields taken from {@code posted}: one editor section posts only its own fields,
     * and the rest of the profile stays as it is.
     */
    ProfileForm with(ProfileForm posted, Set<String> fields) {
        RecordComponent[] components = ProfileForm.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getAccessor().invoke(fields.contains(components[i].getName()) ? posted : this);
                types[i] = components[i].getType();
            }
            return ProfileForm.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("ProfileForm is a plain record", e instanceof InvocationTargetException
                    ? e.getCause() : e);
        }
    }

    static List<String> tags(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.copyOf(Arrays.stream(text.split(",")).map(String::strip).filter(tag -> !tag.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    String link(String field) {
        return switch (field) {
            case "website" -> website;
            case "youtube" -> youtube;
            case "spotify" -> spotify;
            case "soundcloud" -> soundcloud;
            case "bandcamp" -> bandcamp;
            case "vimeo" -> vimeo;
            default -> instagram;
        };
    }

    public boolean has(Discipline discipline) {
        return disciplines != null && disciplines.contains(discipline);
    }

    public boolean has(Availability availability) {
        return availableFor != null && availableFor.contains(availability);
    }
}
