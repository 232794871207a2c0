package com.mediapatch.kitcheck;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.ApiCaller;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** The throw-away module's page, its one form and its one API endpoint. */
@RestController
class KitCheckController {

    private static final int MAX_WORD = 40;

    @GetMapping(value = KitCheckModule.PAGE, produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String token = csrf == null ? "" : "<input type=\"hidden\" name=\"" + HtmlUtils.htmlEscape(csrf.getParameterName())
                + "\" value=\"" + HtmlUtils.htmlEscape(csrf.getToken()) + "\">";
        return """
                <!doctype html><html lang="en"><head><meta charset="utf-8">\
                <meta name="viewport" content="width=device-width, initial-scale=1"><title>Kit check</title></head>\
                <body><main><h1>Kit check</h1><form method="post" action="%s">%s\
                <label for="word">Word</label><input id="word" name="word" maxlength="40">\
                <button type="submit">Ping</button></form></main></body></html>""".formatted(KitCheckModule.PINGS, token);
    }

    @PostMapping(KitCheckModule.PINGS)
    ResponseEntity<Map<String, Integer>> ping(@RequestParam(defaultValue = "") String word) {
        if (word.isBlank() || word.length() > MAX_WORD) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).build();
        }
        return ResponseEntity.ok(Map.of("length", word.length()));
    }

    @GetMapping(KitCheckModule.API)
    Map<String, String> caller(@ApiCaller(KitCheckModule.READ) AccountId me) {
        return Map.of("caller", me.value().toString());
    }
}
