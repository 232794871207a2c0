package com.mediapatch.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.mediapatch.shared.ProblemType;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * How the API recognises callers: a bearer token that is either a signed access token
 * (JWT) or a personal access token. Refusals are problem details like every other API error.
 */
@Component
class ApiAuthentication {

    private final AuthenticationManager jwts;
    private final AuthenticationManager personalTokens;
    private final JsonMapper json;

    ApiAuthentication(JwtDecoder decoder, PersonalTokens tokens, JsonMapper json) {
        this.jwts = new ProviderManager(new JwtAuthenticationProvider(decoder));
        this.personalTokens = authentication -> tokens
                .authenticate(((BearerTokenAuthenticationToken) authentication).getToken())
                .orElseThrow(() -> new BadCredentialsException("Unknown, expired or revoked personal access token"));
        this.json = json;
    }

    AuthenticationManagerResolver<HttpServletRequest> managers() {
        return request -> {
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            return header != null && header.startsWith("Bearer " + PersonalTokens.PREFIX) ? personalTokens : jwts;
        };
    }

    AuthenticationEntryPoint unauthorized() {
        return (request, response, failure) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            write(request, response, ProblemType.UNAUTHORIZED, failure.getMessage() == null
                    ? ProblemType.UNAUTHORIZED.description() : "The bearer token was refused: " + failure.getMessage());
        };
    }

    AccessDeniedHandler forbidden() {
        return (request, response, denied) -> write(request, response, ProblemType.FORBIDDEN,
                "This token's scopes do not allow this request.");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail)
            throws IOException {
        ProblemDetail problem = type.toProblemDetail(detail, request.getRequestURI());
        response.setStatus(type.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
