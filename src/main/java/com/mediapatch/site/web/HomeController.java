package com.mediapatch.site.web;

import java.util.Comparator;
import java.util.List;

import com.mediapatch.shared.web.Showcase;
import com.mediapatch.site.SiteRoutes;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final List<Showcase> features;
    private final HomeFigures numbers;

    HomeController(List<Showcase> features, HomeFigures numbers) {
        this.features = features.stream().sorted(Comparator.comparingInt(Showcase::order)).toList();
        this.numbers = numbers;
    }

    @GetMapping(SiteRoutes.HOME)
    String home(Model model) {
        model.addAttribute("page", HomePage.welcome(features, numbers.now()));
        return "site/home";
    }
}
