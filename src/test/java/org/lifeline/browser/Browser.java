package org.lifeline.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven by its ChromeDriver, sized like a phone or a desktop, with sign-in and
 * screenshots. Never downloads a browser: it uses /usr/bin/chromium and /usr/bin/chromedriver.
 */
final class Browser implements AutoCloseable {

	static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

	private final ChromeDriver driver;

	private final String baseUrl;

	Browser(String baseUrl, int width, int height) {
		this.baseUrl = baseUrl;
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("lifeline.chromium", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--lang=zh-CN", "--window-size=" + width + "," + height);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of(System.getProperty("lifeline.chromedriver", "/usr/bin/chromedriver")).toFile())
			.build();
		driver = new ChromeDriver(service, options);
		driver.manage().window().setSize(new Dimension(width, height));
		if (width < 600) {
			driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
		}
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	static boolean available() {
		return Files.isExecutable(Path.of(System.getProperty("lifeline.chromium", "/usr/bin/chromium")))
				&& Files.isExecutable(Path.of(System.getProperty("lifeline.chromedriver", "/usr/bin/chromedriver")));
	}

	void open(String path) {
		driver.get(baseUrl + path);
	}

	void signIn(String username, String password) {
		open("/login");
		driver.findElement(By.name("username")).sendKeys(username);
		driver.findElement(By.name("password")).sendKeys(password);
		driver.findElement(By.cssSelector("form [type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	WebElement find(String css) {
		return new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
	}

	/** Clicks the element after scrolling it to the middle of the window, clear of bars fixed to its edges. */
	void click(String css) {
		WebElement element = find(css);
		driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

	/** Answers the confirmation an irreversible action asks for: yes (true) or no (false); answers its question. */
	String confirm(boolean yes) {
		org.openqa.selenium.Alert alert = new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.alertIsPresent());
		String question = alert.getText();
		if (yes) {
			alert.accept();
		}
		else {
			alert.dismiss();
		}
		return question;
	}

	boolean has(String css) {
		return !driver.findElements(By.cssSelector(css)).isEmpty();
	}

	String text() {
		return driver.findElement(By.tagName("body")).getText();
	}

	WebDriver driver() {
		return driver;
	}

	/** Page width as laid out: wider than the window means horizontal scrolling on a phone. */
	long scrollWidth() {
		return (Long) driver.executeScript("return document.documentElement.scrollWidth");
	}

	Path screenshot(String name) throws java.io.IOException {
		Files.createDirectories(SCREENSHOTS);
		Path file = SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
		Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
		return file;
	}

	/** Runs the steps in this browser, keeping a screenshot under the given name when one of them fails. */
	void run(String name, Steps steps) throws Exception {
		try {
			steps.run();
		}
		catch (Exception | AssertionError e) {
			screenshot(name);
			throw e;
		}
	}

	@Override
	public void close() {
		driver.quit();
	}

	/** What a test does in the browser. */
	@FunctionalInterface
	interface Steps {

		void run() throws Exception;
	}
}
