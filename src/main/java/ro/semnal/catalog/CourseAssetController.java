package ro.semnal.catalog;

import java.util.concurrent.TimeUnit;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.HandlerMapping;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Serves images and handouts from a course's {@code assets/} folder to signed-in users (security config).
 * The version in the URL only busts caches. Files are served with a sandboxing policy, so an SVG or HTML
 * handout cannot run script in Semnal's origin.
 */
@RestController
class CourseAssetController {

    private final CatalogService catalog;

    CourseAssetController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/course-assets/{course}/{version}/assets/**")
    ResponseEntity<byte[]> asset(@PathVariable String course, @PathVariable String version,
            HttpServletRequest request) {
        String full = (String) request.getAttribute(HandlerMapping.PATH_WITHIN_HANDLER_MAPPING_ATTRIBUTE);
        String prefix = "/course-assets/" + course + "/" + version + "/";
        String path = full != null && full.startsWith(prefix) ? full.substring(prefix.length()) : "";
        return catalog.asset(course, path)
                .map(asset -> ResponseEntity.ok()
                        .contentType(MediaTypeFactory.getMediaType(asset.path()).orElse(MediaType.APPLICATION_OCTET_STREAM))
                        .cacheControl(CacheControl.maxAge(1, TimeUnit.DAYS).cachePrivate())
                        .header("Content-Security-Policy", "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox")
                        .header("X-Content-Type-Options", "nosniff")
                        .body(asset.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
