package ro.semnal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * An anonymous visitor, with no session, asks the running server for every Vaadin route and every Spring MVC
 * endpoint it has. Only the explicit public list answers; everything else sends them to the login page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnonymousAccessIT {

    /** Vaadin routes anyone may open, as templates. A new one must be added here on purpose. */
    static final Set<String> PUBLIC_ROUTES = Set.of("login", "register", "verify/:code?", "set-password/:token",
            "forgot-password", "verify-email/:token?", "confirm-email/:token");

    /** Spring MVC endpoints anyone may call, as patterns; everything else must be refused. */
    static final Set<String> PUBLIC_ENDPOINTS = Set.of("/error", "/calendar/{token}.ics", "/actuator/health",
            "/actuator/health/**");
    /** Endpoints for the metrics scraper only: HTTP Basic with its own account, so a visitor gets 401, not a login page. */
    static final Set<String> SCRAPE_ENDPOINTS = Set.of("/actuator/prometheus");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html,application/xhtml+xml,*/*").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private void assertSentToLogin(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).as("GET %s", path)
                .isEqualTo("http://localhost:" + port + "/login");
    }

    /** Every @Route class of the application, by its template. */
    static Map<String, Class<?>> routes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, Class<?>> routes = new TreeMap<>();
        for (var candidate : scanner.findCandidateComponents("ro.semnal")) {
            try {
                Class<?> type = Class.forName(candidate.getBeanClassName());
                routes.put(type.getAnnotation(Route.class).value(), type);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return routes;
    }

    /** A concrete path for a template: an optional parameter left out, a required one given a plausible value. */
    static String path(String template) {
        return "/" + Arrays.stream(template.split("/")).filter(s -> !s.endsWith("?"))
                .map(s -> s.startsWith(":") ? "1" : s).collect(Collectors.joining("/"));
    }

    @Test
    void the_routes_open_to_anonymous_visitors_are_exactly_the_public_list() {
        Map<String, Class<?>> routes = routes();
        assertThat(routes).as("the scan finds the application's routes").hasSizeGreaterThan(20);
        Set<String> anonymous = routes.entrySet().stream().filter(e -> e.getValue().isAnnotationPresent(AnonymousAllowed.class))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        assertThat(anonymous).containsExactlyInAnyOrderElementsOf(PUBLIC_ROUTES);
    }

    @Test
    void every_other_route_sends_an_anonymous_visitor_to_the_login_page() throws Exception {
        for (String template : routes().keySet()) {
            if (PUBLIC_ROUTES.contains(template)) {
                assertThat(get(path(template)).statusCode()).as("public route %s", template).isEqualTo(200);
            } else {
                assertSentToLogin(path(template));
            }
        }
    }

    @Test
    void every_spring_mvc_endpoint_outside_the_public_list_sends_an_anonymous_visitor_to_the_login_page()
            throws Exception {
        Set<String> patterns = new TreeSet<>();
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().keySet().forEach(info -> patterns.addAll(info.getPatternValues())));
        assertThat(patterns).as("the application's own endpoints are found")
                .contains("/course-assets/{course}/{version}/assets/**", "/calendar/{token}.ics", "/actuator/health");
        for (String pattern : patterns) {
            String path = pattern.replace("/**", "/assets/diagram.svg").replaceAll("\\{[^}]+}", "1");
            if (PUBLIC_ENDPOINTS.contains(pattern)) {
                assertThat(get(path).statusCode()).as("public %s", path).isNotEqualTo(302);
            } else if (SCRAPE_ENDPOINTS.contains(pattern)) {
                assertThat(get(path).statusCode()).as("scrape-only %s", path).isEqualTo(401);
                assertThat(get(path).body()).as("scrape-only %s", path).doesNotContain("semnal_", "jvm_");
            } else {
                assertSentToLogin(path);
            }
        }
    }

    @Test
    void public_endpoints_give_nothing_away() throws Exception {
        assertThat(get("/actuator/health").body()).isEqualTo("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
        assertThat(get("/calendar/guessed-token.ics").statusCode()).isEqualTo(404);
        assertThat(get("/calendar/1.ics").statusCode()).isEqualTo(404);
        assertSentToLogin("/course-assets/lessons-only/1/assets/diagram.svg");
    }

    @Test
    void operational_and_development_endpoints_are_not_reachable() throws Exception {
        for (String path : Set.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/heapdump",
                "/actuator/configprops", "/actuator/quartz", "/h2-console", "/h2-console/login.do")) {
            assertThat(get(path).statusCode()).as("GET %s", path).isIn(302, 404);
            assertThat(get(path).body()).as("GET %s", path).doesNotContain("semnal.admin", "password", "jdbc:");
        }
    }
}
