package com.mediapatch.places.web;

import java.util.List;

import com.mediapatch.places.Place;
import com.mediapatch.places.PlaceRoutes;
import com.mediapatch.places.Places;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The options a city picker shows under its input while a member types: a fragment for htmx. */
@Controller
class PlaceSuggestionsController {

    static final int SHOWN = 8;
    private static final int LONGEST_NAME = 80;

    private final Places places;

    PlaceSuggestionsController(Places places) {
        this.places = places;
    }

    @GetMapping(PlaceRoutes.SUGGESTIONS)
    String suggestions(@RequestParam(name = "city", defaultValue = "") String typed, Model model) {
        String text = typed.length() > LONGEST_NAME ? typed.substring(0, LONGEST_NAME) : typed;
        List<Place> found = text.strip().length() < 2 ? List.of() : places.suggest(text, SHOWN);
        model.addAttribute("places", found);
        return "places/suggestions";
    }
}
