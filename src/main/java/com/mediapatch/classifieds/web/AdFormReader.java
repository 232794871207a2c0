package com.mediapatch.classifieds.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.mediapatch.classifieds.AdDetails;
import com.mediapatch.classifieds.AdInvalid;
import com.mediapatch.classifieds.AdPlace;
import com.mediapatch.classifieds.internal.Tags;
import com.mediapatch.places.Place;
import com.mediapatch.places.Places;
import com.mediapatch.shared.Embeds;

import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * Turns a valid {@link AdForm} into the ad's details and place, adding to the binding result what the
 * annotations cannot check: tag counts and lengths, supported media links, and a known city unless remote.
 */
@Component
class AdFormReader {

    static final int MAX_LINKS = 5;

    private final Places places;

    AdFormReader(Places places) {
        this.places = places;
    }

    /** What the form describes, to be used only when {@code result} has no errors afterwards. */
    record Read(AdDetails details, AdPlace where) {
    }

    /** For the API: what the form describes, or {@link AdInvalid} naming every problem. */
    Read readOrRefuse(AdForm form) {
        BindingResult result = new BeanPropertyBindingResult(form, "ad");
        Read read = read(form, result);
        if (read == null) {
            throw new AdInvalid(result.getFieldErrors().stream()
                    .map(error -> error.getField() + ": " + error.getDefaultMessage()).collect(Collectors.joining(" ")));
        }
        return read;
    }

    Read read(AdForm form, BindingResult result) {
        List<String> instruments = tags(form.instruments(), "instruments", result);
        List<String> genres = tags(form.genres(), "genres", result);
        List<String> links = links(form.mediaLinks(), result);
        AdPlace where = form.isRemote() ? null : place(form, result);
        if (result.hasErrors()) {
            return null;
        }
        return new Read(new AdDetails(form.title().strip(), form.description().strip(), form.category(), instruments,
                genres, form.level(), form.commitment(), form.pays(), links), where);
    }

    private static List<String> tags(String typed, String field, BindingResult result) {
        List<String> tags = Tags.parse(typed);
        if (tags.size() > Tags.MAX_TAGS) {
            result.rejectValue(field, "too-many", "Use at most " + Tags.MAX_TAGS + ", separated by commas.");
        } else if (tags.stream().anyMatch(tag -> tag.length() > Tags.MAX_LENGTH)) {
            result.rejectValue(field, "too-long", "Keep each one under " + Tags.MAX_LENGTH + " characters.");
        }
        return tags;
    }

    private static List<String> links(String typed, BindingResult result) {
        List<String> lines = typed == null ? List.of()
                : Arrays.stream(typed.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).distinct().toList();
        if (lines.size() > MAX_LINKS) {
            result.rejectValue("mediaLinks", "too-many", "Add at most " + MAX_LINKS + " links.");
        } else if (lines.stream().anyMatch(line -> Embeds.parse(line).isEmpty())) {
            result.rejectValue("mediaLinks", "unsupported",
                    "Use links to YouTube, Spotify, SoundCloud, Bandcamp or Vimeo, one per line.");
        }
        return lines.stream().map(line -> Embeds.parse(line).map(embed -> embed.link()).orElse(line)).toList();
    }

    private AdPlace place(AdForm form, BindingResult result) {
        Optional<Place> picked = form.placeId() != null ? places.byId(form.placeId())
                : form.city() == null || form.city().isBlank() ? Optional.empty()
                        // Without the picker's script only the name arrives: the most populous town of that name.
                        : places.suggest(form.city(), 1).stream().filter(place -> place.isCalled(form.city())).findFirst();
        if (picked.isEmpty()) {
            result.rejectValue("city", "unknown", "Pick the city from the list, or tick \u201cRemote\u201d.");
            return null;
        }
        Place place = picked.get();
        return new AdPlace(place.id(), place.name(), place.country(), place.latitude(), place.longitude());
    }
}
