package com.mediapatch.site.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import com.mediapatch.HttpProbe;
import com.mediapatch.IntegrationTest;
import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.ProblemType;
import com.mediapatch.shared.ProblemTypes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ErrorResponsesIntegrationTests.ProbeApi.class, ErrorResponsesIntegrationTests.ProbePages.class})
class ErrorResponsesIntegrationTests {

    private static final String JSON = "application/json";

    @LocalServerPort
    int port;

    HttpProbe http;

    @BeforeEach
    void connect() {
        http = new HttpProbe(port);
    }

    @Test
    void unknownPageGetsTheFriendly404Page() {
        HttpResponse<String> response = http.get("/no/such/page", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("We couldn't find that page", "Go to the home page",
                response.headers().firstValue("X-Request-Id").orElseThrow());
    }

    @Test
    void unknownApiRouteGetsANotFoundProblem() {
        HttpResponse<String> response = http.get("/api/v1/no-such-thing", "Accept", JSON);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(field(response, "$.type")).isEqualTo("/problems/not-found");
        assertThat(field(response, "$.instance")).isEqualTo("/api/v1/no-such-thing");
        assertThat(field(response, "$.requestId")).isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
    }

    @Test
    void malformedJsonGetsA400NamingTheProblemAndWhere() {
        HttpResponse<String> response = http.send("POST", "/api/v1/probe", "{\"name\": \"Ada\",, }",
                "Content-Type", JSON, "Accept", JSON);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(field(response, "$.type")).isEqualTo("/problems/malformed-request");
        assertThat(field(response, "$.detail")).startsWith("Malformed JSON: ").contains("line 1, column");
    }

    @Test
    void invalidFieldsGetA422ListingEachField() {
        HttpResponse<String> response = http.send("POST", "/api/v1/probe", "{\"name\": \" \"}",
                "Content-Type", JSON, "Accept", JSON);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(field(response, "$.type")).isEqualTo("/problems/validation-failed");
        assertThat(field(response, "$.errors[0].field")).isEqualTo("name");
        assertThat(field(response, "$.errors[0].message")).isNotBlank();
    }

    @Test
    void domainProblemInTheApiKeepsItsTypeAndStatus() {
        HttpResponse<String> response = http.get("/api/v1/probe/conflict", "Accept", JSON);

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(field(response, "$.type")).isEqualTo("/problems/conflict");
        assertThat(field(response, "$.detail")).isEqualTo("That name is already taken.");
    }

    @Test
    void domainProblemOnAPageGetsTheFriendlyPageWithItsExplanation() {
        HttpResponse<String> response = http.get("/probe/conflict", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).contains("That name is already taken.", "site-header");
    }

    @Test
    void oversizedBodiesAreRefusedWith413() {
        String big = "{\"name\": \"" + "x".repeat(1_100_000) + "\"}";
        HttpResponse<String> api = http.send("POST", "/api/v1/probe", big, "Content-Type", JSON, "Accept", JSON);
        assertThat(api.statusCode()).isEqualTo(413);
        assertThat(field(api, "$.type")).isEqualTo("/problems/payload-too-large");

        HttpResponse<String> page = http.send("POST", "/sign-up", "email=" + "x".repeat(1_100_000), "Content-Type",
                "application/x-www-form-urlencoded", "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body()).contains("That was too large");
    }

    @Test
    void chunkedBodiesAreMeasuredBeforeAnythingReadsThem() throws Exception {
        assertThat(sendChunked("{\"name\": \"" + "x".repeat(1_100_000) + "\"}").statusCode()).isEqualTo(413);

        HttpResponse<String> small = sendChunked("{\"name\": \"Night Owls\"}");
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(field(small, "$.name")).isEqualTo("Night Owls");
    }

    private HttpResponse<String> sendChunked(String json) throws Exception {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/probe"))
                .header("Content-Type", JSON).header("Accept", JSON)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void unavailableResponsesCarryTheReasonTheFilterGave() {
        HttpResponse<String> page = http.get("/probe/unavailable", "Accept", "text/html");
        HttpResponse<String> api = http.get("/probe/unavailable", "Accept", JSON);

        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("Back in a little while", "Closed for tuning the piano.");
        assertThat(field(api, "$.type")).isEqualTo("/problems/service-unavailable");
        assertThat(field(api, "$.detail")).isEqualTo("Closed for tuning the piano.");
    }

    @Test
    void forbiddenPagesGetTheFriendly403Page() {
        HttpResponse<String> response = http.get("/probe/forbidden", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("That's not open to you", "Only the band's admins can do that.");
    }

    @Test
    void unexpectedApiFailureLeaksNothingInternal() {
        HttpResponse<String> response = http.get("/api/v1/probe/crash", "Accept", JSON);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(field(response, "$.type")).isEqualTo("/problems/internal-error");
        assertThat(response.body()).doesNotContain("IllegalStateException", "secret detail", "at com.");
    }

    @Test
    void unexpectedPageFailureGetsTheFriendly500Page() {
        HttpResponse<String> response = http.get("/probe/crash", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Something went wrong on our side").doesNotContain("secret detail");
    }

    @Test
    void wrongMethodAndMediaTypeGetTheirOwnProblemTypes() {
        assertThat(field(http.send("DELETE", "/api/v1/site", "", "Accept", JSON), "$.type"))
                .isEqualTo("/problems/method-not-allowed");
        HttpResponse<String> xml = http.send("POST", "/api/v1/probe", "<name/>", "Content-Type", "application/xml",
                "Accept", JSON);
        assertThat(xml.statusCode()).isEqualTo(415);
        assertThat(field(xml, "$.type")).isEqualTo("/problems/unsupported-media-type");
    }

    private static String field(HttpResponse<String> response, String path) {
        return JsonPath.read(response.body(), path);
    }

    record ProbeBody(@NotBlank @Size(max = 40) String name) {
    }

    static class NameTaken extends DomainProblem {
        NameTaken() {
            super(ProblemType.CONFLICT, "That name is already taken.");
        }
    }

    /** Every problem type there is, as the catalogue lists them. */
    static ProblemType known(List<ProblemTypes> modules, String slug) {
        return Stream.concat(ProblemType.GENERIC.stream(), modules.stream().flatMap(module -> module.types().stream()))
                .filter(type -> type.slug().equals(slug)).findFirst().orElseThrow();
    }

    /** A domain problem of any type, as any module's fact exception carries one. */
    static class ProbeProblem extends DomainProblem {
        ProbeProblem(ProblemType type) {
            super(type, "Probing " + type.slug() + ".");
        }
    }

    @RestController
    static class ProbeApi {

        private final List<ProblemTypes> modules;

        ProbeApi(List<ProblemTypes> modules) {
            this.modules = modules;
        }

        @GetMapping("/api/v1/probe/problems/{slug}")
        ProbeBody problem(@PathVariable String slug) {
            throw new ProbeProblem(known(modules, slug));
        }

        @PostMapping("/api/v1/probe")
        ProbeBody echo(@Valid @RequestBody ProbeBody body) {
            return body;
        }

        @GetMapping("/api/v1/probe/conflict")
        ProbeBody conflict() {
            throw new NameTaken();
        }

        @GetMapping("/api/v1/probe/crash")
        ProbeBody crash() {
            throw new IllegalStateException("secret detail");
        }
    }

    @Controller
    static class ProbePages {

        private final List<ProblemTypes> modules;

        ProbePages(List<ProblemTypes> modules) {
            this.modules = modules;
        }

        @GetMapping("/probe/problems/{slug}")
        String problem(@PathVariable String slug) {
            throw new ProbeProblem(known(modules, slug));
        }

        @GetMapping("/probe/conflict")
        String conflict() {
            throw new NameTaken();
        }

        @GetMapping("/probe/crash")
        String crash() {
            throw new IllegalStateException("secret detail");
        }

        @GetMapping("/probe/forbidden")
        String forbidden() {
            throw new NotYours();
        }

        @GetMapping("/probe/unavailable")
        void unavailable(HttpServletResponse response) throws IOException {
            response.sendError(503, "Closed for tuning the piano.");
        }
    }

    static class NotYours extends DomainProblem {
        NotYours() {
            super(ProblemType.FORBIDDEN, "Only the band's admins can do that.");
        }
    }
}
