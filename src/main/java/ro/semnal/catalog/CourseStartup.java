package ro.semnal.catalog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Serves the stored courses and imports the courses folder when the application starts. */
@Component
@Order(20)
class CourseStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CourseStartup.class);

    private final CatalogService catalog;

    CourseStartup(CatalogService catalog) {
        this.catalog = catalog;
    }

    @Override
    public void run(ApplicationArguments args) {
        ImportReport report = catalog.startUp();
        log.info("Courses: {} imported, {} unchanged, {} refused", report.count(ImportStatus.IMPORTED),
                report.count(ImportStatus.UNCHANGED), report.count(ImportStatus.REFUSED));
    }
}
