package com.mediapatch.site.web;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import com.mediapatch.HttpProbe;
import com.mediapatch.IntegrationTest;
import com.mediapatch.shared.ProblemType;
import com.mediapatch.shared.ProblemTypes;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Problem types are contributed by the modules and found at start: every type the code defines is explained
 * in the catalogue at its stable address, and whatever type a module's fact exception carries, the one mapping
 * answers it with that type and status, as a problem detail for the API and as the friendly page for browsers.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ErrorResponsesIntegrationTests.ProbeApi.class, ErrorResponsesIntegrationTests.ProbePages.class})
class ProblemTypesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    List<ProblemTypes> contributed;

    HttpProbe http;

    @BeforeEach
    void connect() {
        http = new HttpProbe(port);
    }

    /** A type defined in code but contributed by no module would answer with a type URI that explains nothing. */
    @Test
    void everyProblemTypeTheCodeDefinesIsExplainedInTheCatalogue() {
        Map<String, ProblemType> defined = definedInCode();
        assertThat(defined).as("problem types found in the code").hasSizeGreaterThan(ProblemType.GENERIC.size());

        String catalogue = http.get("/problems", "Accept", "text/html").body();
        defined.forEach((where, type) -> {
            HttpResponse<String> page = http.get(ProblemType.BASE_PATH + type.slug(), "Accept", "text/html");
            assertThat(page.statusCode()).as("the explanation of %s (%s)", type.slug(), where).isEqualTo(200);
            assertThat(page.body()).as(where).contains(type.title());
            assertThat(catalogue).as("the catalogue lists %s", type.slug()).contains(ProblemType.BASE_PATH + type.slug());
        });
    }

    @Test
    void everyProblemTypeIsAnsweredWithItsTypeAndStatusOnTheApiAndOnPages() {
        List<String> wrong = new ArrayList<>();
        for (ProblemType type : all()) {
            HttpResponse<String> api = http.get("/api/v1/probe/problems/" + type.slug(), "Accept", "application/json");
            if (api.statusCode() != type.status().value()
                    || !type.uri().toString().equals(JsonPath.read(api.body(), "$.type"))) {
                wrong.add("API " + type.slug() + ": " + api.statusCode() + " " + api.body());
            }
            HttpResponse<String> page = http.get("/probe/problems/" + type.slug(), "Accept", "text/html");
            if (page.statusCode() != type.status().value() || !page.body().contains("Probing " + type.slug() + ".")) {
                wrong.add("page " + type.slug() + ": " + page.statusCode());
            }
        }
        assertThat(wrong).isEmpty();
    }

    private List<ProblemType> all() {
        return Stream.concat(ProblemType.GENERIC.stream(), contributed.stream().flatMap(module -> module.types().stream()))
                .toList();
    }

    /** Every constant of type ProblemType in the application's classes, by "Class.FIELD". */
    private static Map<String, ProblemType> definedInCode() {
        Map<String, ProblemType> types = new TreeMap<>();
        for (JavaClass javaClass : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.mediapatch")) {
            Class<?> type = javaClass.reflect();
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == ProblemType.class) {
                    field.setAccessible(true);
                    try {
                        types.put(type.getSimpleName() + "." + field.getName(), (ProblemType) field.get(null));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return types;
    }
}
