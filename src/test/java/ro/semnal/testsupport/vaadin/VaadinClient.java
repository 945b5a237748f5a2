package ro.semnal.testsupport.vaadin;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One browser tab speaking Vaadin Flow's client protocol over plain HTTP, with its own cookie jar: the bootstrap
 * page, {@code ?v-r=init} for a new UI (as Flow.js does), then {@code ?v-r=uidl} requests carrying the CSRF
 * token ({@code Vaadin-Security-Key}), the sync id and an increasing client id, and the server's changes applied to
 * a {@link UiTree}. Navigation is the {@code ui-navigate} DOM event the client router sends to the UI.
 */
public final class VaadinClient {

    public static final class ProtocolException extends IOException {
        public ProtocolException(String message) {
            super(message);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String BROWSER = "&v-sh=1080&v-sw=1920&v-wh=960&v-ww=1600&v-bh=960&v-bw=1600&v-tzo=-120"
            + "&v-dstd=60&v-rtzo=-120&v-dston=false&v-tzid=Europe%2FBucharest";

    private final URI base;
    private final HttpClient http;
    private final Duration timeout;
    private UiTree tree;
    private int uiId = -1;
    private String securityKey;
    private int syncId;
    private int clientId;
    private String pageHtml = "";
    private Consumer<HttpResponse<String>> received = response -> { };

    public VaadinClient(URI base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(timeout).build();
    }

    /**
     * Hands every response the server sends this tab (pages, init, UIDL, the login's landing page; failed ones
     * included) to {@code listener}, before it is checked or applied: what a browser would have received.
     */
    public void onResponse(Consumer<HttpResponse<String>> listener) {
        this.received = listener;
    }

    public UiTree tree() {
        return tree;
    }

    /** A full page load: the bootstrap page, then a new UI for the route, then the route rendered in it. */
    public void open(String route) throws IOException, InterruptedException {
        unload();
        HttpResponse<String> page = send(HttpRequest.newBuilder(base.resolve(route)).GET());
        pageHtml = page.body();
        initUi(route);
        navigate(route, "");
    }

    /**
     * Signs in as a browser does on the login page: the login view's form (Vaadin's LoginForm, action "login") posts
     * e-mail, password and Spring Security's CSRF token from the page's meta tag; the redirect lands on the start page.
     */
    public void login(String email, String password) throws IOException, InterruptedException {
        Matcher csrf = CSRF_META.matcher(pageHtml);
        if (!csrf.find()) {
            throw new ProtocolException("no _csrf meta tag on the login page");
        }
        unload();
        String form = "username=" + enc(email) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String landed = base.relativize(response.uri()).toString();
        if (landed.startsWith("login")) {
            throw new ProtocolException("login refused for " + email + " (landed on " + landed + ")");
        }
        pageHtml = response.body();
        initUi(landed);
        navigate(landed, "");
    }

    private void initUi(String route) throws IOException, InterruptedException {
        String path = route.contains("?") ? route.substring(0, route.indexOf('?')) : route;
        String query = route.contains("?") ? route.substring(route.indexOf('?') + 1) : "";
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("?v-r=init&location=" + enc(path)
                + "&query=" + enc(query) + BROWSER + "&v-curdate=" + System.currentTimeMillis())).GET());
        JsonNode config = JSON.readTree(response.body()).get("appConfig");
        if (config == null) {
            throw new ProtocolException("init: no appConfig");
        }
        JsonNode uidl = config.get("uidl");
        tree = new UiTree();
        uiId = config.get("v-uiId").asInt();
        securityKey = uidl.get("Vaadin-Security-Key").asText();
        syncId = uidl.path("syncId").asInt(0);
        clientId = uidl.path("clientId").asInt(0);
        tree.apply(uidl);
    }

    /** What the client router sends when the learner follows a link or a menu entry to a route of this UI. */
    public JsonNode navigate(String route, String trigger) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.set("historyState", JSON.createObjectNode().put("idx", 0));
        data.put("trigger", trigger);
        return rpc(List.of(event(1, "ui-navigate", data)));
    }

    public JsonNode click(UiTree.Node node) throws IOException, InterruptedException {
        return domEvent(node, "click");
    }

    public JsonNode domEvent(UiTree.Node node, String event) throws IOException, InterruptedException {
        if (!node.listeners.containsKey(event)) {
            throw new ProtocolException(node + " does not listen to " + event);
        }
        return rpc(List.of(event(node.id, event, JSON.valueToTree(tree.eventData(node, event)))));
    }

    /** A property change made in the browser (a chosen option), synchronised to the server as mSync. */
    public JsonNode setProperty(UiTree.Node node, String property, JsonNode value) throws IOException, InterruptedException {
        ObjectNode sync = JSON.createObjectNode().put("type", "mSync").put("node", node.id)
                .put("feature", UiTree.PROPERTIES).put("property", property);
        sync.set("value", value);
        return rpc(List.of(sync));
    }

    private static ObjectNode event(int node, String event, JsonNode data) {
        ObjectNode rpc = JSON.createObjectNode().put("type", "event").put("node", node).put("event", event);
        rpc.set("data", data);
        return rpc;
    }

    public JsonNode rpc(List<ObjectNode> invocations) throws IOException, InterruptedException {
        if (uiId < 0) {
            throw new ProtocolException("no UI");
        }
        ObjectNode body = JSON.createObjectNode().put("csrfToken", securityKey);
        ArrayNode rpc = body.putArray("rpc");
        invocations.forEach(rpc::add);
        body.put("syncId", syncId).put("clientId", clientId);
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        String text = response.body();
        if (text.startsWith("for(;;);")) {
            text = text.substring("for(;;);".length());
        }
        JsonNode uidl = JSON.readTree(text);
        if (uidl.isArray()) {
            uidl = uidl.get(0);
        }
        JsonNode meta = uidl.get("meta");
        if (meta != null && (meta.has("appError") || meta.has("sessionExpired"))) {
            throw new ProtocolException("server: " + meta);
        }
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        clientId = uidl.has("clientId") ? uidl.get("clientId").asInt() : clientId + 1;
        tree.apply(uidl);
        return uidl;
    }

    /** What Flow's client sends when a page is left (a full page load or closing the tab): the server closes the UI. */
    public void unload() throws IOException, InterruptedException {
        if (uiId < 0) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("csrfToken", securityKey);
        body.put("rpc", List.of());
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        body.put("UNLOAD", true);
        send(HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        uiId = -1;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(timeout).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        received.accept(response);
        if (response.statusCode() != 200) {
            throw new ProtocolException("HTTP " + response.statusCode() + " for " + response.uri());
        }
        return response;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public void close() {
        http.close();
    }
}
