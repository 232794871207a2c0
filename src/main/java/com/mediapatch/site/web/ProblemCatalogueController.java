package com.mediapatch.site.web;

import java.util.List;
import java.util.stream.Stream;

import com.mediapatch.shared.ProblemType;
import com.mediapatch.shared.ProblemTypes;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Makes every problem {@code type} URI resolve to an explanation. Modules that define
 * their own types contribute them through a {@link ProblemTypes} bean.
 */
@Controller
class ProblemCatalogueController {

    private final List<ProblemType> types;

    ProblemCatalogueController(List<ProblemTypes> moduleTypes) {
        this.types = Stream.concat(ProblemType.GENERIC.stream(),
                moduleTypes.stream().flatMap(module -> module.types().stream())).toList();
    }

    @GetMapping("/problems")
    String catalogue(Model model) {
        model.addAttribute("page", new ProblemPage(types, null));
        return "site/problems";
    }

    @GetMapping(ProblemType.BASE_PATH + "{slug}")
    String problem(@PathVariable String slug, Model model) throws NoResourceFoundException {
        ProblemType type = types.stream().filter(candidate -> candidate.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new NoResourceFoundException(HttpMethod.GET, ProblemType.BASE_PATH, slug));
        model.addAttribute("page", new ProblemPage(types, type));
        return "site/problems";
    }
}
