package ro.semnal.bench;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import ro.semnal.SemnalApplication;

/**
 * Starts Semnal for a reporting benchmark's {@code main} on MariaDB with the real courses and the scheduler off;
 * {@code --name=value} arguments override these settings (Spring itself would join two values with a comma).
 */
public final class BenchApp {

    private BenchApp() {
    }

    public static ConfigurableApplicationContext start(String[] args, Map<String, String> extra) {
        Map<String, String> spring = new LinkedHashMap<>();
        spring.put("spring.profiles.active", "mysql,mariadb");
        spring.put("semnal.catalog.folder", "courses");
        spring.put("spring.quartz.auto-startup", "false");
        spring.put("server.port", "0");
        spring.put("server.address", "127.0.0.1");
        spring.putAll(extra);
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Expected --name=value, got " + arg);
            }
            spring.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return new SpringApplicationBuilder(SemnalApplication.class)
                .run(spring.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }
}
