package com.mediapatch.site.web;

import com.mediapatch.site.SiteRoutes;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    @GetMapping(SiteRoutes.HOME)
    String home(Model model) {
        model.addAttribute("page", HomePage.welcome());
        return "site/home";
    }
}
