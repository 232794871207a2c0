package com.mediapatch.security.suite;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.Valid;

import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What a route takes from the outside, read from its handler: path variables from the pattern, request
 * parameters, the components of the form record it binds (a record parameter, annotated as a model attribute
 * or not) or of its JSON body record, and the fields the CSRF suite's {@link StateChange} sends to it (for
 * handlers that read a whole parameter map). A new route's inputs are attacked without anyone listing them.
 *
 * @param method the HTTP method
 * @param pattern the route pattern
 * @param inputs every input, in a stable order
 * @param json whether the body is JSON (API) rather than a form
 */
record RouteInputs(RequestMethod method, String pattern, List<Input> inputs, boolean json) {

    /** Where an input travels. */
    enum Where { PATH, PARAMETER, JSON }

    /** One named input of a route. */
    record Input(Where where, String name) {
        @Override
        public String toString() {
            return where.name().toLowerCase() + " " + name;
        }
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(?::[^}]*)?}");
    private static final DefaultParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    /** Every route of the application's own code, by "METHOD /pattern". */
    static Map<String, RouteInputs> of(RequestMappingHandlerMapping mappings) {
        Map<String, RouteInputs> routes = new TreeMap<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("com.mediapatch")) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : methods(info)) {
                    RouteInputs route = read(method, pattern, handler);
                    routes.put(route.route(), route);
                }
            }
        });
        return routes;
    }

    String route() {
        return method + " " + pattern;
    }

    boolean api() {
        return pattern.startsWith("/api/");
    }

    static RouteInputs read(RequestMethod method, String pattern, HandlerMethod handler) {
        Set<Input> inputs = new LinkedHashSet<>();
        Matcher variables = VARIABLE.matcher(pattern);
        while (variables.find()) {
            inputs.add(new Input(Where.PATH, variables.group(1)));
        }
        boolean json = false;
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(NAMES);
            Class<?> type = parameter.getParameterType();
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null && !Map.class.isAssignableFrom(type)) {
                inputs.add(new Input(Where.PARAMETER, !param.name().isEmpty() ? param.name() : parameter.getParameterName()));
            } else if (parameter.hasParameterAnnotation(RequestBody.class)) {
                json = true;
                components(type).forEach(name -> inputs.add(new Input(Where.JSON, name)));
            } else if (type.isRecord() && type.getPackageName().startsWith("com.mediapatch")
                    && (parameter.hasParameterAnnotation(ModelAttribute.class) || parameter.getParameterAnnotations().length == 0
                            || parameter.hasParameterAnnotation(Valid.class))) {
                components(type).forEach(name -> inputs.add(new Input(Where.PARAMETER, name)));
            }
        }
        StateChange.ALL.stream().filter(change -> change.route().equals(method + " " + pattern)).findFirst()
                .ifPresent(change -> {
                    for (int i = 0; i < change.form().size(); i += 2) {
                        inputs.add(new Input(Where.PARAMETER, change.form().get(i)));
                    }
                });
        return new RouteInputs(method, pattern, List.copyOf(inputs), json);
    }

    /** Harmless values the CSRF suite sends to this route, so the attacked field is not the only one. */
    Optional<StateChange> knownChange() {
        return StateChange.ALL.stream().filter(change -> change.route().equals(route())).findFirst();
    }

    private static List<String> components(Class<?> type) {
        List<String> names = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                names.add(component.getName());
            }
        }
        return names;
    }

    private static Set<RequestMethod> methods(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() ? Set.of(RequestMethod.GET) : methods;
    }
}
