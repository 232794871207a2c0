package com.mediapatch.identity.web;

import jakarta.servlet.http.HttpSession;

import com.mediapatch.identity.IdentityRoutes;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Shows the sign-in form; Spring Security handles the POST (see SecurityConfiguration). */
@Controller
class SignInController {

    @GetMapping(IdentityRoutes.SIGN_IN)
    String form(@RequestParam(required = false) String error, @RequestParam(defaultValue = "") String email,
            @RequestParam(required = false) Integer minutes, HttpSession session, Model model) {
        Object restriction = session.getAttribute(IdentityRoutes.RESTRICTION_NOTICE);
        session.removeAttribute(IdentityRoutes.RESTRICTION_NOTICE);
        model.addAttribute("page", SignInPage.after(error, email.length() > 254 ? "" : email, minutes,
                restriction instanceof String notice ? notice : null));
        return "identity/sign-in";
    }
}
