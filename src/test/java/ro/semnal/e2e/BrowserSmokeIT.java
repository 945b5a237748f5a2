package ro.semnal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole stack in a real browser: Debian's headless Chromium against the running app with the demo
 * accounts. Screenshots are kept under target/screenshots. Without Chromium the test is skipped locally
 * and fails in CI (where .ci/run installs it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.profiles.include=demo")
class BrowserSmokeIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("Chromium and chromedriver must be installed in CI (.ci/run does it)");
        }
        assumeTrue(installed, "Chromium not installed: apt-get install chromium chromium-driver");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--lang=ro",
                "--user-data-dir=" + Files.createTempDirectory("semnal-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(90));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void the_demo_learner_signs_in_switches_to_english_and_signs_out() throws IOException {
        browser.get("http://localhost:" + port + "/login");
        WebElement email = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        screenshot("1-login");
        email.sendKeys("learner@semnal.local");
        WebElement password = browser.findElement(By.cssSelector("input[name='password']"));
        password.sendKeys("semnal-demo-cursant-2026", Keys.ENTER);

        WebElement greeting = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-greeting")));
        assertThat(greeting.getText()).isEqualTo("Bine ai venit, Ioana Popescu!");
        screenshot("2-learner-home-ro");

        browser.findElement(By.id("language-switch")).click();
        wait.until(ExpectedConditions.textToBe(By.id("home-greeting"), "Welcome, Ioana Popescu!"));
        screenshot("3-learner-home-en");

        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space(.)='Sign out']"))).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
        screenshot("4-signed-out");

        browser.get("http://localhost:" + port + "/");
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void the_demo_coordinator_opens_the_programme_dashboard_with_its_charts() throws IOException {
        browser.get("http://localhost:" + port + "/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")))
                .sendKeys("coordinator@semnal.local");
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys("semnal-demo-coordonator-2026", Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-greeting")));

        browser.get("http://localhost:" + port + "/coordinator");
        WebElement headline = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-headline")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("figure-funnel")));

        assertThat(headline.getText()).contains("Specialiști formați", "Înscriși");
        assertThat(browser.findElement(By.id("coordinator-title")).getText()).isEqualTo("Programul în cifre");
        assertThat(browser.findElements(By.cssSelector("img.semnal-chart"))).allSatisfy(chart ->
                assertThat(chart.getAttribute("alt")).startsWith("Grafic:"));
        screenshot("5-coordinator-dashboard");
    }

    private void screenshot(String name) throws IOException {
        File file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
