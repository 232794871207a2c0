package com.mediapatch.security.suite;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The application's own routes, read from Spring MVC at run time, so a suite can prove it
 * covers every one of them and fails when a new route arrives untested.
 */
final class Routes {

    static final Set<RequestMethod> STATE_CHANGING = Set.of(RequestMethod.POST, RequestMethod.PUT,
            RequestMethod.PATCH, RequestMethod.DELETE);

    private Routes() {
    }

    /** "METHOD /pattern" of every handler of the application's own code matching {@code which}. */
    static Set<String> of(RequestMappingHandlerMapping mappings, Predicate<HandlerMethod> which) {
        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType().getPackageName().startsWith("com.mediapatch") && which.test(handler)) {
                for (String pattern : info.getPatternValues()) {
                    for (RequestMethod method : methods(info)) {
                        routes.add(method + " " + pattern);
                    }
                }
            }
        });
        return routes;
    }

    /** Browser page routes that change state: what CSRF tokens must guard. */
    static Set<String> stateChangingPages(RequestMappingHandlerMapping mappings) {
        return of(mappings, handler -> true).stream()
                .filter(route -> STATE_CHANGING.contains(RequestMethod.valueOf(route.substring(0, route.indexOf(' ')))))
                .filter(route -> !route.contains(" /api/") && !route.endsWith(" /error"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<RequestMethod> methods(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods;
    }
}
