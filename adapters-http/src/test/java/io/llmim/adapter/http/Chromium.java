package io.llmim.adapter.http;

import io.llmim.testsupport.SystemBinary;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Debian's chromium, headless, driven through Debian's /usr/bin/chromedriver: both are named
 * explicitly, so Selenium Manager has nothing to find and downloads nothing. Skipped where they are
 * absent, failed under CI=true ({@link SystemBinary}). One per test class: starting it is the slow part.
 */
final class Chromium implements AutoCloseable {

    private final Path profile;
    final ChromeDriver driver;

    Chromium() {
        Path chromium = SystemBinary.require("chromium", "chromium-browser");
        Path chromedriver = SystemBinary.require("chromedriver");
        try {
            profile = Files.createTempDirectory("llmim-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary(chromium.toFile()).addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1200,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    /** Saves what the browser shows under target/screenshots/{name}.png. */
    void screenshot(String name) {
        try {
            Path directory = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(directory.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

}
