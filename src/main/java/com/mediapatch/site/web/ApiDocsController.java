package com.mediapatch.site.web;

import com.mediapatch.site.SiteRoutes;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class ApiDocsController {

    @GetMapping(SiteRoutes.API_DOCS)
    String apiDocs(Model model) {
        model.addAttribute("page", ApiDocsPage.current());
        return "site/api-docs";
    }
}
