package com.mediapatch.security.suite;

import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import com.jayway.jsonpath.JsonPath;
import com.mediapatch.IntegrationTest;
import com.mediapatch.TestMailbox;
import com.mediapatch.identity.AccountFixtures;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What a member or an attacker types never reaches the audit log, a log line or a metric: a
 * marker shaped like an attack (so the suspicious-input path runs too) is sent through every
 * route the application has, in path segments, query values, every form field and every text
 * field of the API's JSON bodies, signed in (session with a valid CSRF token for pages, bearer
 * token for the API) where the route needs it; then every column of every new
 * audit entry, everything the application printed and the Prometheus scrape are searched
 * for it.
 */
@IntegrationTest
@Import(RecordedRefusals.class)
@ExtendWith(OutputCaptureExtension.class)
class MemberTextStaysOutOfRecordsIntegrationTests {

    /** What is searched for: unique to this run, and unchanged by URL or HTML encoding. */
    static final String CORE = "zqmark" + UUID.randomUUID().toString().replace("-", "");
    static final String MARKER = "zq<script>" + CORE + "</script>' or '1'='1";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Value("${mediapatch.data-dir}")
    String dataDir;

    @Test
    void textSentThroughEveryRouteReachesNoAuditEntryLogLineOrMetric(CapturedOutput output) throws Exception {
        writeRefusalWindows();
        long before = jdbc.queryForObject("select coalesce(max(seq), 0) from audit_entry", Long.class);
        Visitor member = Visitor.member(mvc, new TestMailbox(dataDir), MARKER);

        String bearer = "Bearer " + accessToken(member);
        for (MockHttpServletRequestBuilder read : reads(pattern -> true)) {
            member.perform(read);
        }
        for (MockHttpServletRequestBuilder read : reads(pattern -> pattern.startsWith("/api/"))) {
            mvc.perform(read.header("Authorization", bearer));
        }
        for (MockHttpServletRequestBuilder change : apiChanges()) {
            mvc.perform(change.header("Authorization", bearer));
        }
        Visitor passkeyHolder = memberAddingPasskey();
        for (StateChange change : StateChange.ALL) {
            Visitor visitor = switch (change.who()) {
                case VISITOR -> visitor();
                case MEMBER_ADDING_PASSKEY, MEMBER_REMOVING_UNOWNED_PASSKEY -> passkeyHolder;
                default -> change.route().equals("POST /sign-out") ? memberAddingPasskey() : member;
            };
            visitor.perform(visitor.withField(withMarker(change)));
        }
        writeRefusalWindows();
        awaitAuditListeners();

        List<Map<String, Object>> entries = jdbc.queryForList("select * from audit_entry where seq > ? order by seq", before);
        assertThat(entries).as("the marker did reach the suspicious-input and sign-in auditing")
                .anySatisfy(entry -> assertThat(entry.get("action")).isEqualTo("security.suspicious-input-seen"))
                .anySatisfy(entry -> assertThat(entry.get("reason")).isEqualTo("bad-credentials"));
        for (Map<String, Object> entry : entries) {
            entry.forEach((column, value) -> assertThat(String.valueOf(value).toLowerCase(Locale.ROOT))
                    .as("audit_entry.%s of entry %s", column, entry.get("seq")).doesNotContain(CORE));
        }
        assertThat(output.getAll().toLowerCase(Locale.ROOT)).as("the application's output").doesNotContain(CORE);
        String metrics = mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getContentAsString();
        assertThat(metrics).contains("mediapatch_security_suspicious_total{");
        assertThat(metrics.toLowerCase(Locale.ROOT)).as("the Prometheus scrape").doesNotContain(CORE);
    }

    /** Every GET route of the application's own code, the marker in each path variable and request parameter. */
    private List<MockHttpServletRequestBuilder> reads(Predicate<String> patterns) {
        List<MockHttpServletRequestBuilder> reads = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<org.springframework.web.bind.annotation.RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!handler.getBeanType().getPackageName().startsWith("com.mediapatch")
                    || !methods.isEmpty() && !methods.contains(org.springframework.web.bind.annotation.RequestMethod.GET)) {
                return;
            }
            Set<String> parameters = new LinkedHashSet<>(List.of("q"));
            for (MethodParameter parameter : handler.getMethodParameters()) {
                RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                if (param != null) {
                    parameters.add(!param.name().isEmpty() ? param.name() : parameter.getParameterName());
                }
            }
            for (String pattern : info.getPatternValues().stream().filter(patterns).toList()) {
                MockHttpServletRequestBuilder read = get(URI.create(withMarker(pattern))).accept("text/html");
                parameters.forEach(name -> read.queryParam(name, MARKER));
                reads.add(read);
            }
        });
        assertThat(reads).as("routes read from Spring MVC").hasSizeGreaterThan(5);
        return reads;
    }

    /** Every state-changing API route, the marker in each path variable and in every text field of its JSON body. */
    private List<MockHttpServletRequestBuilder> apiChanges() {
        List<MockHttpServletRequestBuilder> changes = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                for (var method : info.getMethodsCondition().getMethods()) {
                    if (pattern.startsWith("/api/") && Routes.STATE_CHANGING.contains(method)) {
                        changes.add(MockMvcRequestBuilders.request(HttpMethod.valueOf(method.name()), URI.create(withMarker(pattern)))
                                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                                .content(jsonWithMarker(handler.getMethodParameters())));
                    }
                }
            }
        });
        assertThat(changes).as("API routes read from Spring MVC").hasSizeGreaterThan(5);
        return changes;
    }

    /** A JSON object with the marker in every text component of the handler's request body record. */
    private static String jsonWithMarker(MethodParameter[] parameters) {
        List<String> fields = new ArrayList<>(List.of("\"text\": \"" + MARKER + "\""));
        for (MethodParameter parameter : parameters) {
            if (parameter.hasParameterAnnotation(RequestBody.class) && parameter.getParameterType().isRecord()) {
                for (RecordComponent component : parameter.getParameterType().getRecordComponents()) {
                    if (component.getType() == String.class) {
                        fields.add("\"" + component.getName() + "\": \"" + MARKER + "\"");
                    }
                }
            }
        }
        return "{" + String.join(", ", new LinkedHashSet<>(fields)) + "}";
    }

    private String accessToken(Visitor member) throws Exception {
        String tokens = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\": \"" + member.email() + "\", \"password\": \"" + AccountFixtures.PASSWORD + "\"}"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(tokens, "$.access_token");
    }

    private static MockHttpServletRequestBuilder withMarker(StateChange change) {
        String path = change.route().contains("{") ? withMarker(change.route().substring(change.route().indexOf(' ') + 1))
                : change.path();
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders
                .request(HttpMethod.valueOf(change.route().substring(0, change.route().indexOf(' '))), URI.create(path))
                .accept("text/html");
        for (int i = 0; i < change.form().size(); i += 2) {
            request.param(change.form().get(i), MARKER);
        }
        return request;
    }

    private static String withMarker(String pattern) {
        return pattern.replaceAll("\\{[^}]+}", UriUtils.encodePathSegment(MARKER, StandardCharsets.UTF_8)
                .replace("$", "\\$"));
    }

    private Visitor visitor() throws Exception {
        Visitor visitor = new Visitor(mvc);
        visitor.open("/");
        return visitor;
    }

    /** A member who has just re-entered their password, as adding a passkey requires. */
    private Visitor memberAddingPasskey() throws Exception {
        Visitor visitor = Visitor.member(mvc, new TestMailbox(dataDir), "Marker Passkeys");
        visitor.open("/settings/security");
        visitor.perform(visitor.withField(post("/settings/security/passkeys").param("label", "Laptop")
                .param("password", AccountFixtures.PASSWORD)));
        return visitor;
    }

    /** Refused requests and suspicious input are audited per minute; this writes the open windows now. */
    private void writeRefusalWindows() throws ClassNotFoundException {
        Object auditing = context.getBean(Class.forName("com.mediapatch.audit.internal.RefusalAuditing"));
        ReflectionTestUtils.invokeMethod(auditing, "writeAll");
    }

    private void awaitAuditListeners() {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from event_publication where listener_id like 'audit.%' and completion_date is null",
                Long.class) == 0);
    }
}
