package com.mediapatch.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A boosted form that is answered with a redirect ends, in the browser, at the page the
 * redirect led to, but htmx keeps showing the form's address. Every boosted GET therefore
 * tells htmx its own address, so the location bar, history and reloads stay truthful.
 */
@Component
class BoostedHistory extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("GET".equals(request.getMethod()) && "true".equals(request.getHeader("HX-Boosted"))) {
            String query = request.getQueryString();
            response.setHeader("HX-Push-Url", request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        chain.doFilter(request, response);
    }
}
