package news.dateline.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium driven by Playwright, headless. Never downloads a browser: it uses {@code /usr/bin/chromium}
 * (or {@code CHROMIUM_PATH}). One Chromium serves every browser test class of the JVM (launching one per class cost
 * a few seconds each); it is launched by the first test that asks, launched again if it has crashed, and stopped when the JVM exits. Each test gets
 * fresh contexts (cookies and storage of their own). When a test fails, every open page is saved as a screenshot
 * under {@code target/browser-failures/}. Contexts are closed after each test (after the screenshots), so tests need
 * not close them.
 */
public class Browser implements AfterEachCallback {

    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic");

    // the JVM's one Chromium; test classes run one at a time (no parallel execution is configured)
    private static Playwright playwright;
    private static com.microsoft.playwright.Browser browser;

    private final List<BrowserContext> contexts = new ArrayList<>();

    public BrowserContext newContext(int port) {
        BrowserContext context = chromium().newContext(new NewContextOptions().setBaseURL("http://127.0.0.1:" + port)
                .setViewportSize(1280, 900));
        contexts.add(context);
        return context;
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            if (context.getExecutionException().isPresent()) {
                screenshots(context);
            }
        } finally {
            contexts.forEach(BrowserContext::close);
            contexts.clear();
        }
    }

    private void screenshots(ExtensionContext context) throws Exception {
        Path dir = Files.createDirectories(Paths.get("target", "browser-failures"));
        int n = 0;
        for (BrowserContext open : contexts) {
            for (Page page : open.pages()) {
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(
                        dir.resolve(context.getRequiredTestMethod().getName() + "-" + n++ + ".png")));
            }
        }
    }

    private static synchronized com.microsoft.playwright.Browser chromium() {
        if (browser != null && !browser.isConnected()) {
            // Chromium crashed (seen once in a CI run): without a new one, every later browser test fails with it
            playwright.close();
            browser = null;
        }
        if (browser == null) {
            boolean first = playwright == null;
            Path chromium = Paths.get(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
            if (!Files.isExecutable(chromium)) {
                throw new IllegalStateException("Browser tests need Chromium at " + chromium
                        + ": apt-get install chromium (or set CHROMIUM_PATH)");
            }
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(chromium).setHeadless(true).setArgs(ARGS));
            if (first) {
                Runtime.getRuntime().addShutdownHook(new Thread(Browser::stop, "chromium-shutdown"));
            }
        }
        return browser;
    }

    private static synchronized void stop() {
        browser.close();
        playwright.close();
    }
}
