package ro.semnal.catalog;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the course folders are, whether to import them on start-up, and how often a node checks the
 * database for versions imported by another node.
 */
@ConfigurationProperties("semnal.catalog")
public record CatalogProperties(Path folder, boolean importOnStartup, Duration refreshInterval) {

    public CatalogProperties {
        folder = folder == null ? Path.of("courses") : folder;
        refreshInterval = refreshInterval == null ? Duration.ofSeconds(30) : refreshInterval;
    }
}
