package ro.semnal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.yaml.snakeyaml.Yaml;

/**
 * Docker cannot run on the build machines, so the deployment files are checked by parsing them: the
 * compose file (services, images, health checks, start order, settings, volumes), the proxy's sticky
 * sessions and the Dockerfile's stages. Settings are checked against what Semnal really reads: its own
 * placeholders in application*.properties and Spring Boot's configuration metadata, bound the way Spring
 * binds environment variables.
 */
class DockerDeploymentTest {

    private static final Path DOCKER = Path.of("docker");
    private static final List<String> NODES = List.of("node1", "node2");
    /** Read by the JVM itself, not by Spring. */
    private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");

    private static Map<String, Object> compose;
    private static List<String> dockerfile;
    private static String applicationProperties;

    @BeforeAll
    static void parse() throws IOException {
        compose = new Yaml().load(Files.readString(DOCKER.resolve("compose.yaml")));
        dockerfile = logicalLines(Files.readString(DOCKER.resolve("Dockerfile")));
        StringBuilder properties = new StringBuilder();
        try (var files = Files.list(Path.of("src/main/resources"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("application.*\\.properties")).toList()) {
                properties.append(Files.readString(file)).append('\n');
            }
        }
        applicationProperties = properties.toString();
    }

    @Test
    void compose_starts_a_mysql_database_two_semnal_nodes_and_a_proxy() {
        assertThat(services().keySet()).containsExactlyInAnyOrder("db", "node1", "node2", "proxy");
        assertThat(service("db").get("image")).isEqualTo("mysql:8.4");
        assertThat(strings(service("db").get("command")))
                .contains("--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci");
        assertThat(service("proxy").get("image").toString()).startsWith("haproxy:");
        for (String node : NODES) {
            Map<String, Object> build = map(service(node).get("build"));
            Path context = DOCKER.resolve(build.get("context").toString()).normalize();
            assertThat(context.resolve("pom.xml")).as("the build context of %s is the project", node).exists();
            assertThat(context.resolve(build.get("dockerfile").toString())).isEqualTo(DOCKER.resolve("Dockerfile"));
        }
        assertThat(service("node1").get("image")).isEqualTo(service("node2").get("image"));
    }

    @Test
    void every_service_is_health_checked_and_starts_after_what_it_needs_is_healthy() {
        assertThat(map(service("db").get("healthcheck")).get("test").toString()).contains("mysqladmin ping");
        assertThat(map(service("proxy").get("healthcheck")).get("test").toString()).contains("/actuator/health");
        assertThat(instruction("HEALTHCHECK")).as("the nodes' health check comes from the image")
                .hasSize(1).first().asString().contains("/actuator/health");
        assertThat(dependsOn("node1")).containsExactlyEntriesOf(Map.of("db", "service_healthy"));
        assertThat(dependsOn("node2")).as("one node migrates the database at a time: node2 waits for node1")
                .containsAllEntriesOf(Map.of("db", "service_healthy", "node1", "service_healthy"));
        assertThat(dependsOn("proxy")).containsAllEntriesOf(Map.of("node1", "service_healthy", "node2", "service_healthy"));
    }

    @Test
    void every_node_variable_is_a_setting_semnal_or_spring_really_reads() throws IOException {
        List<String> names = springPropertyNames();
        for (String node : NODES) {
            for (String variable : environment(node).keySet()) {
                boolean placeholder = applicationProperties.contains("${" + variable + ":")
                        || applicationProperties.contains("${" + variable + "}");
                boolean spring = !placeholder && bindsToSpringProperty(variable, names);
                assertThat(placeholder || spring || JVM_VARIABLES.contains(variable))
                        .as("%s of %s is read by Semnal (a ${%s} placeholder) or is a Spring Boot property",
                                variable, node, variable)
                        .isTrue();
            }
        }
    }

    @Test
    void every_setting_semnal_reads_from_the_environment_can_be_given_to_the_nodes() {
        Matcher placeholder = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]").matcher(applicationProperties);
        Set<String> settings = new LinkedHashSet<>();
        while (placeholder.find()) {
            settings.add(placeholder.group(1));
        }
        // PORT is set by the image; containers log to the console, never to a file.
        settings.removeAll(Set.of("PORT", "SEMNAL_LOG_FILE"));
        assertThat(settings).contains("SEMNAL_DB_URL", "SEMNAL_BASE_URL");
        for (String node : NODES) {
            assertThat(environment(node).keySet()).as("the settings passed to %s", node).containsAll(settings);
        }
    }

    @Test
    void the_nodes_get_database_mail_administrator_and_public_address_from_the_environment() {
        for (String node : NODES) {
            Map<String, Object> env = environment(node);
            assertThat(env).containsKeys("SEMNAL_DB_URL", "SEMNAL_DB_USER", "SEMNAL_DB_PASSWORD", "SEMNAL_ADMIN_EMAIL",
                    "SEMNAL_ADMIN_PASSWORD", "SEMNAL_BASE_URL", "SPRING_MAIL_HOST", "SPRING_MAIL_PORT",
                    "SPRING_MAIL_USERNAME", "SPRING_MAIL_PASSWORD", "SEMNAL_MAIL_FROM", "SEMNAL_COURSES");
            assertThat(env.get("SPRING_PROFILES_ACTIVE").toString().split(",")).contains("mysql");
            assertThat(env.get("SEMNAL_DB_URL").toString()).startsWith("jdbc:mysql://db:3306/"
                    + environment("db").get("MYSQL_DATABASE") + "?");
            assertThat(env.get("SEMNAL_DB_USER")).isEqualTo(environment("db").get("MYSQL_USER"));
            assertThat(variableOf(env.get("SEMNAL_DB_PASSWORD"))).isEqualTo(variableOf(environment("db").get("MYSQL_PASSWORD")));
            assertThat(env.get("SPRING_MAIL_HOST")).as("no mail host unless the operator sets one").isNull();
            for (String secret : List.of("SEMNAL_DB_PASSWORD", "SEMNAL_ADMIN_PASSWORD")) {
                assertThat(env.get(secret).toString()).as("%s has no default", secret).contains(":?");
            }
        }
    }

    @Test
    void every_required_variable_is_listed_in_the_example_env_file() throws IOException {
        String example = Files.readString(DOCKER.resolve(".env.example"));
        Matcher required = Pattern.compile("\\$\\{([A-Z_]+):\\?").matcher(Files.readString(DOCKER.resolve("compose.yaml")));
        Set<String> variables = new LinkedHashSet<>();
        while (required.find()) {
            variables.add(required.group(1));
        }
        assertThat(variables).contains("SEMNAL_DB_PASSWORD", "MYSQL_ROOT_PASSWORD");
        assertThat(variables).allSatisfy(v -> assertThat(example).contains("\n" + v + "="));
    }

    @Test
    void the_database_and_the_course_files_live_on_volumes() {
        assertThat(strings(service("db").get("volumes"))).contains("db-data:/var/lib/mysql");
        assertThat(map(compose.get("volumes"))).containsKey("db-data");
        for (String node : NODES) {
            String courses = environment(node).get("SEMNAL_COURSES").toString();
            assertThat(strings(service(node).get("volumes")))
                    .as("%s mounts the course folder it reads", node)
                    .anySatisfy(v -> assertThat(v).matches(".+:" + Pattern.quote(courses) + "(:ro)?"));
        }
        assertThat(instruction("VOLUME")).anySatisfy(v -> assertThat(v).contains(env("SEMNAL_COURSES")));
    }

    @Test
    void the_proxy_keeps_each_browser_on_the_node_that_holds_its_session() throws IOException {
        assertThat(strings(service("proxy").get("volumes"))).contains("./haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro");
        Map<String, List<String>> sections = haproxySections(Files.readString(DOCKER.resolve("haproxy.cfg")));
        List<String> backend = sections.get("backend semnal");
        assertThat(backend).as("a backend named semnal").isNotNull();
        assertThat(backend).anySatisfy(line -> assertThat(line).matches("cookie \\S+ insert( .*)?"));
        List<String> servers = backend.stream().filter(l -> l.startsWith("server ")).toList();
        assertThat(servers).hasSameSizeAs(NODES);
        for (String node : NODES) {
            assertThat(servers).as("%s is a server with its own cookie value", node)
                    .anySatisfy(s -> assertThat(s).matches("server \\S+ " + node + ":" + env("PORT") + " .*cookie \\S+.*"));
        }
        assertThat(servers.stream().map(s -> s.replaceAll(".*cookie (\\S+).*", "$1")).distinct()).hasSameSizeAs(NODES);
        String frontend = sections.keySet().stream().filter(k -> k.startsWith("frontend ")).findFirst().orElseThrow();
        String bind = sections.get(frontend).stream().filter(l -> l.startsWith("bind ")).findFirst().orElseThrow();
        String port = bind.replaceAll("bind \\S*:(\\d+).*", "$1");
        assertThat(strings(service("proxy").get("ports"))).anySatisfy(p -> assertThat(p).endsWith(":" + port));
        assertThat(sections.get(frontend)).as("operational endpoints other than health are refused at the proxy")
                .anySatisfy(l -> assertThat(l).startsWith("http-request deny").contains("path_beg /actuator"));
    }

    @Test
    void the_image_is_built_with_maven_and_runs_the_production_jar_as_a_non_root_user_on_a_jre_21_or_newer() {
        List<String> from = instruction("FROM");
        assertThat(from).hasSizeGreaterThanOrEqualTo(2);
        assertThat(from.getFirst()).matches("maven:\\S*(jdk|temurin)-?(\\d+)\\S* AS build");
        assertThat(javaVersion(from.getFirst())).isGreaterThanOrEqualTo(21);
        String runtime = from.getLast();
        assertThat(runtime).contains("jre");
        assertThat(javaVersion(runtime)).isGreaterThanOrEqualTo(21);
        assertThat(instruction("RUN")).anySatisfy(r -> assertThat(r).contains("mvn").contains("-Pproduction").contains("package"));
        List<String> runtimeStage = dockerfile.subList(dockerfile.lastIndexOf("FROM " + runtime), dockerfile.size());
        assertThat(runtimeStage).anySatisfy(l -> assertThat(l).startsWith("COPY --from=build").contains(".jar"));
        List<String> users = instruction("USER");
        assertThat(users).isNotEmpty();
        assertThat(users.getLast()).doesNotMatch("(root|0)(:.*)?");
        assertThat(instruction("EXPOSE")).containsExactly(env("PORT"));
        assertThat(instruction("ENTRYPOINT").getLast()).contains("-jar");
    }

    // ---------------------------------------------------------------- helpers

    private static boolean bindsToSpringProperty(String variable, List<String> names) {
        SystemEnvironmentPropertySource environment = new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(variable, "value"));
        ConfigurationPropertySource source = ConfigurationPropertySources.from(environment).iterator().next();
        return names.stream().anyMatch(name -> source.getConfigurationProperty(ConfigurationPropertyName.of(name)) != null);
    }

    /** Every property Spring Boot documents in the configuration metadata of the jars on the class path. */
    private static List<String> springPropertyNames() throws IOException {
        List<String> names = new ArrayList<>();
        Pattern name = Pattern.compile("\"name\"\\s*:\\s*\"([a-z0-9.\\-\\[\\]]+)\"");
        for (String resource : List.of("META-INF/spring-configuration-metadata.json",
                "META-INF/additional-spring-configuration-metadata.json")) {
            for (URL url : Collections.list(DockerDeploymentTest.class.getClassLoader().getResources(resource))) {
                try (InputStream in = URI.create(url.toString()).toURL().openStream()) {
                    Matcher m = name.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    while (m.find()) {
                        if (ConfigurationPropertyName.isValid(m.group(1))) {
                            names.add(m.group(1));
                        }
                    }
                }
            }
        }
        assertThat(names).as("Spring Boot's configuration metadata is on the class path").contains("spring.mail.host");
        return names;
    }

    private static Map<String, Object> services() {
        return map(compose.get("services"));
    }

    private static Map<String, Object> service(String name) {
        return map(services().get(name));
    }

    private static Map<String, Object> environment(String service) {
        return map(service(service).get("environment"));
    }

    private static Map<String, String> dependsOn(String service) {
        Map<String, String> conditions = new LinkedHashMap<>();
        map(service(service).get("depends_on")).forEach((k, v) -> conditions.put(k, String.valueOf(map(v).get("condition"))));
        return conditions;
    }

    /** The variable a `${NAME...}` value refers to. */
    private static String variableOf(Object value) {
        Matcher m = Pattern.compile("\\$\\{([A-Z_]+)").matcher(String.valueOf(value));
        return m.find() ? m.group(1) : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static List<String> strings(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return ((List<?>) value).stream().map(String::valueOf).toList();
    }

    /** The arguments of every Dockerfile instruction of this kind, in order. */
    private static List<String> instruction(String kind) {
        return dockerfile.stream().filter(l -> l.startsWith(kind + " ")).map(l -> l.substring(kind.length() + 1).trim()).toList();
    }

    /** The value a Dockerfile ENV instruction gives a variable. */
    private static String env(String variable) {
        Matcher m = Pattern.compile("(?:^|\\s)" + variable + "=(\"[^\"]*\"|\\S+)").matcher(String.join(" ", instruction("ENV")));
        assertThat(m.find()).as("the Dockerfile sets %s", variable).isTrue();
        return m.group(1).replace("\"", "");
    }

    private static int javaVersion(String image) {
        Matcher m = Pattern.compile("(?:temurin|jdk|jre)-?(\\d+)|:(\\d+)-j").matcher(image);
        assertThat(m.find()).as("a Java version in %s", image).isTrue();
        return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
    }

    /** Instructions with their continuation lines joined, without comments. */
    private static List<String> logicalLines(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("#") || (line.isEmpty() && current.isEmpty())) {
                continue;
            }
            boolean continues = line.endsWith("\\");
            current.append(continues ? line.substring(0, line.length() - 1) : line).append(' ');
            if (!continues) {
                lines.add(current.toString().strip().replaceAll("\\s+", " "));
                current.setLength(0);
            }
        }
        return lines;
    }

    private static Map<String, List<String>> haproxySections(String text) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String raw : text.split("\n")) {
            String line = raw.replaceAll("#.*", "").strip().replaceAll("\\s+", " ");
            if (line.isEmpty()) {
                continue;
            }
            if (!Character.isWhitespace(raw.charAt(0))) {
                current = new ArrayList<>();
                sections.put(line, current);
            } else if (current != null) {
                current.add(line);
            }
        }
        return sections;
    }
}
