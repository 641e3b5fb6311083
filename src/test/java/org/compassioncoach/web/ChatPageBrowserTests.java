package org.compassioncoach.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Drives the chat page in Debian's headless Chromium against the whole application, as a
 * newcomer would use it. Nothing downloads a browser or a driver: the system ones are used,
 * and without them every test here is reported as skipped with the reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChatPageBrowserTests {

	/** Debian's paths; {@code -Dchromium.binary=…} and {@code -Dchromedriver.path=…} point elsewhere. */
	private static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.path", "/usr/bin/chromedriver"));

	private static final String MISSING = "Chromium/chromedriver not installed: browser tests skipped — "
			+ "run .ci/run or apt-get install chromium chromium-driver";

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	// Raw CDP commands go through chromedriver, so Selenium's typed DevTools (and its warning that
	// none matches this Chromium) is not needed; held here so the levels stick.
	private static final List<Logger> DEVTOOLS_LOGS = List.of(Logger.getLogger("org.openqa.selenium.devtools"),
			Logger.getLogger("org.openqa.selenium.chromium"));

	private static final long PHONE_WIDTH = 390;

	private static final long PHONE_HEIGHT = 844;

	private static ChromeDriver driver;

	private static Path profile;

	private static Path downloads;

	private static boolean phone;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		DEVTOOLS_LOGS.forEach((log) -> log.setLevel(Level.SEVERE));
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed) {
			// Each test then reports itself as skipped with this reason (see openThePage).
			System.err.println("[ChatPageBrowserTests] " + MISSING + " (looked for " + CHROMIUM + " and " + CHROMEDRIVER
					+ ")");
			return;
		}
		profile = Files.createTempDirectory("coach-chromium-profile");
		downloads = Files.createTempDirectory("coach-downloads");
		Files.createDirectories(SCREENSHOTS);
		// With the driver named here Selenium Manager is never consulted, so nothing is fetched.
		System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--no-default-browser-check", "--disable-extensions", "--disable-quic", "--lang=en-GB",
				"--window-size=1280,900", "--user-data-dir=" + profile);
		options.setExperimentalOption("prefs",
				Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false));
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		driver = new ChromeDriver(service, options);
		driver.executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", downloads.toString()));
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (driver != null) {
			driver.quit();
		}
		deleteQuietly(profile);
		deleteQuietly(downloads);
	}

	@BeforeEach
	void openThePage() {
		assumeTrue(driver != null, MISSING);
		useDesktopWidth();
		driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
		driver.get("http://localhost:" + this.port + "/");
		waitUntil((d) -> d.findElements(By.cssSelector("#flow-list .flow-card")).size() == 5);
	}

	@AfterEach
	void noScriptErrors() {
		if (driver == null) {
			return;
		}
		List<String> severe = driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.filter((entry) -> !isTheOptionalSupportDirectory(entry))
			.map(LogEntry::getMessage)
			.toList();
		assertThat(severe).as("SEVERE entries in the browser console").isEmpty();
	}

	@Test
	void sendingAMessageStreamsTheCoachesReply() {
		recordFetches();
		WebElement box = messageBox();
		assertThat(box.getAccessibleName()).isEqualTo("Message");
		assertThat(sendButton().getAccessibleName()).isEqualTo("Send");
		screenshot("desktop-01-start");

		box.sendKeys("Tomorrow I have to tell a nurse on my ward that a complaint about her was upheld.");
		sendButton().click();

		WebElement reply = waitForAssistantReply(1);
		assertThat(reply.getText()).isNotBlank();
		assertThat(driver.findElement(By.cssSelector("[data-role='user']")).getText())
			.contains("a complaint about her was upheld");
		assertThat(fetchedUrls()).anyMatch((url) -> url.endsWith("/api/v1/chat/stream"));
		assertThat(reply.findElements(By.cssSelector(".citation"))).isNotEmpty();
		assertThat(driver.findElement(By.id("mode")).getText()).isEqualTo("Mode: offline");
		screenshot("desktop-02-streamed-reply");
	}

	@Test
	void enterSendsAndShiftEnterStartsANewLine() {
		messageBox().sendKeys("First line", Keys.chord(Keys.SHIFT, Keys.ENTER), "second line", Keys.ENTER);

		waitForAssistantReply(1);
		assertThat(driver.findElement(By.cssSelector("[data-role='user'] .message__body")).getText())
			.isEqualTo("First line\nsecond line");
		assertThat(messageBox().getDomProperty("value")).isEmpty();
	}

	@Test
	void startingTheRadicalCandourFlowFromThePageShowsWhereYouAre() {
		WebElement card = driver.findElement(By.cssSelector("#flow-list [data-flow='radical-candour']"));
		assertThat(card.getText()).contains("Radical candour rehearsal");
		WebElement start = card.findElement(By.tagName("button"));
		assertThat(start.getAccessibleName()).isEqualTo("Start Radical candour rehearsal");

		start.click();

		waitForAssistantReply(1);
		WebElement progress = driver.findElement(By.id("progress"));
		assertThat(progress.isDisplayed()).isTrue();
		assertThat(progress.getText()).contains("Radical candour rehearsal").contains("Step 1 of 6");
		assertThat(driver.findElements(By.cssSelector(".progress__segment"))).hasSize(6);
		assertThat(card.getDomAttribute("aria-current")).isEqualTo("true");
		assertThat(driver.findElement(By.cssSelector("[data-role='user'] .message__body")).getText())
			.isEqualTo("Start Radical candour rehearsal");

		messageBox().sendKeys("A senior nurse keeps arriving late to the morning handover.", Keys.ENTER);
		waitForAssistantReply(2);
		assertThat(driver.findElement(By.id("progress")).getText()).contains("Step 2 of 6");
		screenshot("desktop-03-radical-candour-flow");
	}

	@Test
	void aQuickReplyChipSendsItsText() {
		messageBox().sendKeys("I have a hard conversation tomorrow and need to give honest feedback", Keys.ENTER);
		waitForAssistantReply(1);
		List<WebElement> chips = driver.findElements(By.cssSelector("#suggestions .chip"));
		assertThat(chips).isNotEmpty();
		String chip = chips.get(0).getText();

		chips.get(0).click();

		waitForAssistantReply(2);
		List<WebElement> said = driver.findElements(By.cssSelector("[data-role='user'] .message__body"));
		assertThat(said).hasSize(2);
		if (chip.startsWith("Start: ")) {
			assertThat(said.get(1).getText()).isEqualTo("Start " + chip.substring("Start: ".length()));
			assertThat(driver.findElement(By.id("progress")).getText()).contains("Step 1 of");
		}
		else {
			assertThat(said.get(1).getText()).isEqualTo(chip);
		}
	}

	@Test
	void aCrisisMessageShowsTheSignpostsAsPlainText() {
		messageBox().sendKeys("I want to end my life", Keys.ENTER);

		WebElement panel = waitUntil(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role='alert'][data-safety='crisis']")));
		assertThat(panel.getText()).contains("116 123").contains("Samaritans");
		assertThat(panel.findElements(By.cssSelector(".signpost__contact")))
			.anyMatch((contact) -> contact.getText().startsWith("Call 116 123"));
		assertThat(panel.findElement(By.tagName("a")).getDomAttribute("href")).startsWith("https://");
		WebElement reply = driver.findElement(By.cssSelector("[data-role='assistant']"));
		assertThat(reply.getText()).contains("116 123");
		screenshot("desktop-04-crisis");

		usePhoneWidth();
		screenshot("phone-02-crisis");
	}

	@Test
	void thePauseStepOffersAGuidedBreathingCue() {
		driver.findElement(By.cssSelector("[data-flow='power-of-the-pause'] button")).click();
		waitForAssistantReply(1);
		messageBox().sendKeys("When I am interrupted during a busy handover", Keys.ENTER);
		waitForAssistantReply(2);

		WebElement cue = waitUntil(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-cue='breathing']")));
		assertThat(cue.getText()).contains("breathe in 4 · hold 4 · out 6");
		cue.findElement(By.tagName("button")).click();
		waitUntil((d) -> cue.findElement(By.cssSelector(".breathe__phase")).getText().startsWith("Breathe in"));
		screenshot("desktop-05-breathing-cue");
		cue.findElement(By.tagName("button")).click();
		assertThat(cue.findElement(By.cssSelector(".breathe__phase")).getText()).startsWith("Stopped");
	}

	@Test
	void exportDownloadsTheMarkdownPlan() throws IOException {
		Path file = downloads.resolve("compassion-coach.md");
		Files.deleteIfExists(file);
		WebElement export = driver.findElement(By.xpath("//button[normalize-space()='Export']"));
		assertThat(export.isEnabled()).isFalse();
		driver.findElement(By.cssSelector("[data-flow='conversation-script'] button")).click();
		waitForAssistantReply(1);

		export.click();

		waitUntil((d) -> Files.isRegularFile(file));
		waitUntil((d) -> readQuietly(file).contains("Compassion Coach"));
		assertThat(readQuietly(file)).startsWith("# Compassion Coach");
		assertThat(driver.findElement(By.id("status")).getText()).contains("compassion-coach.md");
	}

	@Test
	void forgetThisConversationDeletesItAndStartsAfresh() {
		messageBox().sendKeys("I need to start an investigation with a colleague", Keys.ENTER);
		waitForAssistantReply(1);
		recordFetches();

		driver.findElement(By.xpath("//button[normalize-space()='Forget this conversation']")).click();

		waitUntil((d) -> d.findElements(By.cssSelector("[data-role]")).isEmpty());
		assertThat(driver.findElement(By.id("welcome")).isDisplayed()).isTrue();
		assertThat(driver.findElement(By.id("status")).getText()).contains("forgotten");
		assertThat(driver.findElement(By.id("export")).isEnabled()).isFalse();
		assertThat(fetchedUrls()).anyMatch((url) -> url.contains("/api/v1/conversations/c-"));
	}

	@Test
	void needSupportNowIsAlwaysThereAndListsServicesWithTheirNumbers() {
		WebElement open = driver.findElement(By.xpath("//button[normalize-space()='Need support now?']"));

		open.click();

		WebElement dialog = waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("support")));
		waitUntil((d) -> dialog.getText().contains("116 123"));
		assertThat(dialog.getText()).contains("Samaritans").contains("85258").contains("999");
		screenshot("desktop-06-support-dialog");
		dialog.sendKeys(Keys.ESCAPE);
		waitUntil(ExpectedConditions.invisibilityOf(dialog));
		assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Need support now?");
	}

	@Test
	void aBusyServiceIsExplainedPolitelyWithAWayToTryAgain() {
		((JavascriptExecutor) driver).executeScript("""
				window.fetch = async () => new Response(
				  JSON.stringify({ status: 503, title: 'Service busy', detail: 'The coach is busy' }),
				  { status: 503, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '1' } });
				""");

		messageBox().sendKeys("Can you help me prepare?", Keys.ENTER);

		WebElement notice = waitUntil(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-role='notice']")));
		assertThat(notice.getText()).contains("try again in 1 second");
		WebElement retry = notice.findElement(By.tagName("button"));
		assertThat(retry.getText()).isEqualTo("Try again");
		waitUntil(ExpectedConditions.elementToBeClickable(retry));
		assertThat(driver.findElements(By.cssSelector("[data-role='assistant']"))).isEmpty();
	}

	@Test
	void theReplyAppearsWhileItStreamsAndTheDistressPanelFollowsOnDone() {
		stubTheStream();
		messageBox().sendKeys("I can't cope with the rota any more", Keys.ENTER);

		pushChunk("event:delta\ndata:{\"text\":\"That sounds **really** hard\"}\n\nevent:del");
		pushChunk("ta\ndata:{\"text\":\", and you are still showing up.\"}\n\n");

		WebElement reply = waitUntil(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-role='assistant']")));
		waitUntil((d) -> reply.getText().contains("That sounds really hard, and you are still showing up."));
		assertThat(reply.findElement(By.tagName("strong")).getText()).isEqualTo("really");
		assertThat(driver.findElement(By.id("log")).getDomAttribute("aria-busy")).isEqualTo("true");
		assertThat(driver.findElements(By.cssSelector("[data-safety]"))).isEmpty();

		pushChunk("event:done\ndata:" + """
				{"conversationId":"c-stub","reply":"That sounds **really** hard, and you are still showing up.",
				"mode":"llm","flow":null,"citations":[],"suggestions":["Carry on"],
				"safety":{"level":"distress","signposts":[{"id":"shout","name":"Shout","contact":"Text SHOUT to 85258",
				"url":"https://giveusashout.org","hours":"24/7","description":"If you would rather text than talk."}]}}
				""".replace("\n", "") + "\n\n");
		closeTheStream();

		WebElement panel = waitUntil(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-safety='distress']")));
		assertThat(panel.getText()).contains("Support if you need it").contains("Text SHOUT to 85258");
		assertThat(panel.getDomAttribute("role")).isEqualTo("region");
		assertThat(driver.findElement(By.id("mode")).getText()).isEqualTo("Mode: LLM");
		assertThat(driver.findElement(By.cssSelector("#suggestions .chip")).getText()).isEqualTo("Carry on");
	}

	@Test
	void theBreathingCueKeepsStillWhenReducedMotionIsAsked() {
		driver.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
		stubTheStream();
		messageBox().sendKeys("I snapped at a colleague", Keys.ENTER);
		pushChunk("event:done\ndata:" + """
				{"conversationId":"c-stub","reply":"Let's pause together.","mode":"offline",
				"flow":{"id":"power-of-the-pause","step":"stop-and-breathe","stepNumber":2,"steps":4},
				"citations":[],"suggestions":[],"safety":{"level":"none","signposts":[]}}
				""".replace("\n", "") + "\n\n");
		closeTheStream();

		WebElement cue = waitUntil(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-cue='breathing']")));
		WebElement circle = cue.findElement(By.cssSelector(".breathe__circle"));
		assertThat(circle.getCssValue("transition-duration")).isEqualTo("0s");
		cue.findElement(By.tagName("button")).click();
		assertThat(cue.findElement(By.cssSelector(".breathe__phase")).getText()).startsWith("Breathe in");
		assertThat(driver.findElement(By.id("progress")).getText()).contains("Step 2 of 4 · Stop and breathe");
	}

	@Test
	void markupInARepliesIsShownAsTextNeverRun() {
		Object html = ((JavascriptExecutor) driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				import('./js/markdown.js').then(({ renderMarkdown }) => {
				  const box = document.createElement('div');
				  box.append(renderMarkdown('## Plan\\n\\n- **Bold** <img src=x onerror=alert(1)>\\n'
				      + '- [bad](javascript:alert(1)) and [good](https://www.samaritans.org)\\n\\n<script>alert(2)</script>'));
				  done(box.innerHTML);
				});
				""");

		assertThat((String) html).contains("<h5>Plan</h5>")
			.contains("<strong>Bold</strong> &lt;img src=x onerror=alert(1)&gt;")
			.contains("&lt;script&gt;alert(2)&lt;/script&gt;")
			.contains("href=\"https://www.samaritans.org\"")
			.doesNotContain("javascript:")
			.doesNotContain("<img")
			.doesNotContain("<script");
	}

	@Test
	void theKeyboardAloneReachesTheMessageBox() {
		new Actions(driver).sendKeys(Keys.TAB).perform();
		WebElement skip = driver.switchTo().activeElement();
		assertThat(skip.getText()).isEqualTo("Skip to the message box");

		skip.sendKeys(Keys.ENTER);

		assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("message");
	}

	@Test
	void thePageFitsAPhoneScreen() {
		usePhoneWidth();
		Number overflow = (Number) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(overflow.intValue()).as("horizontal overflow at 390px").isLessThanOrEqualTo(0);
		screenshot("phone-01-start");
		messageBox().sendKeys("Tomorrow I have to tell a nurse on my ward that a complaint about her was upheld.",
				Keys.ENTER);
		waitForAssistantReply(1);
		screenshot("phone-03-reply");
	}

	private static WebElement messageBox() {
		String id = driver.findElement(By.xpath("//label[normalize-space()='Message']")).getDomAttribute("for");
		return driver.findElement(By.id(id));
	}

	private static WebElement sendButton() {
		return driver.findElement(By.xpath("//button[normalize-space()='Send']"));
	}

	/** Waits for the given number of complete coach replies and returns the last. */
	private static WebElement waitForAssistantReply(int count) {
		waitUntil((d) -> d.findElements(By.cssSelector("[data-role='assistant']")).size() >= count
				&& "false".equals(d.findElement(By.id("log")).getDomAttribute("aria-busy")));
		List<WebElement> replies = driver.findElements(By.cssSelector("[data-role='assistant']"));
		return replies.get(replies.size() - 1);
	}

	private static <T> T waitUntil(Function<? super WebDriver, T> condition) {
		return new WebDriverWait(driver, PATIENCE).until(condition);
	}

	private static void recordFetches() {
		((JavascriptExecutor) driver).executeScript("""
				window.fetchedUrls = [];
				const original = window.fetch;
				window.fetch = (input, init) => {
				  window.fetchedUrls.push(new URL(String(input), location.href).href);
				  return original(input, init);
				};
				""");
	}

	/** Replaces the network with a stream the test writes to, chunk by chunk. */
	private static void stubTheStream() {
		((JavascriptExecutor) driver).executeScript("""
				window.fetch = async () => new Response(
				  new ReadableStream({ start(controller) { window.streamController = controller; } }),
				  { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
				""");
	}

	private static void pushChunk(String text) {
		waitUntil((d) -> ((JavascriptExecutor) d).executeScript("return window.streamController !== undefined;"));
		((JavascriptExecutor) driver).executeScript(
				"window.streamController.enqueue(new TextEncoder().encode(arguments[0]));", text);
	}

	private static void closeTheStream() {
		((JavascriptExecutor) driver).executeScript("window.streamController.close();");
	}

	@SuppressWarnings("unchecked")
	private static List<String> fetchedUrls() {
		return (List<String>) ((JavascriptExecutor) driver).executeScript("return window.fetchedUrls;");
	}

	/**
	 * The page asks for {@code /api/v1/support-services} when "Need support now?" opens and shows
	 * a built-in list if the service has no such endpoint; the browser logs that 404 itself.
	 */
	private static boolean isTheOptionalSupportDirectory(LogEntry entry) {
		return entry.getMessage().contains("/api/v1/support-services") && entry.getMessage().contains("404");
	}

	private static void useDesktopWidth() {
		phone = false;
		driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	private static void usePhoneWidth() {
		phone = true;
		emulate(PHONE_WIDTH, PHONE_HEIGHT);
	}

	private static void emulate(long width, long height) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", phone));
	}

	/**
	 * Saves the whole page under target/screenshots/ for a person to look at. The viewport is
	 * made as tall as the page first, so sticky parts sit where a reader scrolling would see them.
	 */
	@SuppressWarnings("unchecked")
	private static void screenshot(String name) {
		JavascriptExecutor js = driver;
		long width = ((Number) js.executeScript("return window.innerWidth;")).longValue();
		long height = ((Number) js.executeScript("return window.innerHeight;")).longValue();
		long pageHeight = ((Number) js.executeScript("return document.documentElement.scrollHeight;")).longValue();
		emulate(width, Math.max(height, pageHeight));
		try {
			Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
			Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not save screenshot " + name, ex);
		}
		finally {
			if (phone) {
				usePhoneWidth();
			}
			else {
				useDesktopWidth();
			}
		}
	}

	private static String readQuietly(Path file) {
		try {
			return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
		}
		catch (IOException ex) {
			return "";
		}
	}

	private static void deleteQuietly(Path folder) throws IOException {
		if (folder == null || !Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
	}

}
