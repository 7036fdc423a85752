package com.srm.mentoring.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}), as a person who
 * has never visited the product: no cookies, no stored data, no traffic beyond what the pages ask
 * for.
 *
 * <p>Closing a browser does not quit Chromium: its cookies and site data are cleared, it leaves the
 * page for a blank one, and the next {@link #open} of the same languages takes it up again. A
 * Chromium start and a first page with a cold cache cost seconds of CPU, and the suite opens a
 * browser for almost every person in every test. Only the stylesheets and scripts stay cached,
 * which are the same for everyone; signed-in pages are never stored ({@code Cache-Control:
 * no-store}). {@link #quitAll} ends every Chromium when the test run ends.
 */
public final class Browser implements AutoCloseable {

  /**
   * Chromiums closed by their tests, ready for the next, by the languages they were started with.
   */
  private static final Map<String, Deque<Browser>> IDLE = new HashMap<>();

  private static final List<Browser> STARTED = new ArrayList<>();

  static {
    // a test run that ends without its launcher session closing still leaves no Chromium behind
    Runtime.getRuntime().addShutdownHook(new Thread(Browser::quitAll, "quit-chromium"));
  }

  private final ChromeDriver driver;
  private final Path profile;
  private final String languages;
  private final Dimension startSize;

  /** The sites this browser has been to, whose stored data is cleared when it is closed. */
  private final Set<String> origins = new HashSet<>();

  private Browser(ChromeDriver driver, Path profile, String languages) {
    this.driver = driver;
    this.profile = profile;
    this.languages = languages;
    this.startSize = driver.manage().window().getSize();
  }

  public static Browser open() {
    return open(null);
  }

  /**
   * A browser whose person reads {@code languages} first, e.g. {@code "de-DE,de"}: it sends them as
   * Accept-Language, from which the pages take their language.
   */
  public static Browser inLanguages(String languages) {
    return open(languages);
  }

  private static Browser open(String languages) {
    Browser idle = idle(languages);
    if (idle != null) {
      // the console of the test before is no concern of this one
      idle.consoleErrors();
      return idle;
    }
    Browser started = start(languages);
    synchronized (Browser.class) {
      STARTED.add(started);
    }
    return started;
  }

  private static synchronized Browser idle(String languages) {
    Deque<Browser> idle = IDLE.get(String.valueOf(languages));
    return idle == null ? null : idle.poll();
  }

  private static Browser start(String languages) {
    try {
      Path profile = Files.createTempDirectory("chromium-profile-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(System.getProperty("mentoring.chromium", "/usr/bin/chromium"));
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--user-data-dir=" + profile);
      if (languages != null) {
        options.addArguments("--lang=" + languages.split(",")[0]);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", languages));
      }
      // the console, to find failed resources, script errors and policy violations
      options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(
                  Path.of(System.getProperty("mentoring.chromedriver", "/usr/bin/chromedriver"))
                      .toFile())
              .build();
      return new Browser(new ChromeDriver(service, options), profile, languages);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Fills in Keycloak's sign-in form, on which the browser stands, as a demo person, and returns
   * once the browser has left it.
   */
  public void signInAs(String username) {
    find(By.id("username")).sendKeys(username);
    find(By.id("password")).sendKeys("demo");
    WebElement signIn = visible(By.id("kc-login"));
    signIn.click();
    // Keycloak's page has a heading too: wait until it is gone before anyone looks for one. A
    // node of a page that has gone is reported either as stale or as not of the document any
    // more; Selenium's stalenessOf knows only the first
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            browser -> {
              try {
                signIn.isEnabled();
                return false;
              } catch (WebDriverException failure) {
                if (isGone(failure)) {
                  return true;
                }
                throw failure;
              }
            });
  }

  /** Writes what the browser shows now as a PNG, for people to look at after the run. */
  public Path screenshot(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      byte[] png =
          ((org.openqa.selenium.TakesScreenshot) driver)
              .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
      return Files.write(file, png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sizes the page's viewport, as a phone's or a desktop's screen; closing restores it. */
  public void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  public void go(String url) {
    origins.add(origin(url));
    driver.get(url);
  }

  private static String origin(String url) {
    URI address = URI.create(url);
    return address.getScheme() + "://" + address.getRawAuthority();
  }

  /**
   * Waits until the element is visible, then answers it. The answer finds the element again if the
   * page it came from was replaced meanwhile, as after a click that loads the next page: a test
   * reads what the browser shows now, never a page that is already gone.
   */
  public WebElement find(By by) {
    WebElement found = visible(by);
    return (WebElement)
        Proxy.newProxyInstance(
            WebElement.class.getClassLoader(),
            new Class<?>[] {WebElement.class},
            (proxy, method, arguments) -> {
              try {
                return method.invoke(found, arguments);
              } catch (InvocationTargetException failure) {
                if (!isGone(failure.getCause())) {
                  throw failure.getCause();
                }
                try {
                  return method.invoke(visible(by), arguments);
                } catch (InvocationTargetException again) {
                  throw again.getCause();
                }
              }
            });
  }

  /**
   * Waits until an element the locator finds is visible. A page replaced between finding the
   * element and asking whether it shows is no failure: the next try looks in the new page.
   */
  private WebElement visible(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(
            browser -> {
              try {
                WebElement element = browser.findElement(by);
                return element.isDisplayed() ? element : null;
              } catch (WebDriverException failure) {
                if (failure instanceof NoSuchElementException || isGone(failure)) {
                  return null;
                }
                throw failure;
              }
            });
  }

  /** Whether the element's page was replaced, as Chromium words it one way or another. */
  private static boolean isGone(Throwable failure) {
    return failure instanceof StaleElementReferenceException
        || failure instanceof WebDriverException
            && String.valueOf(failure.getMessage()).contains("does not belong to the document");
  }

  /**
   * The element's text once it holds {@code expected}, or its last text after 20 seconds. After a
   * click that posts a form, the old page may still show the same element with its old text until
   * the answer arrives: reading it at once would read the page that is about to go.
   */
  public String textOnceItHolds(By by, String expected) {
    return textOnceItHolds(by, text -> text.contains(expected));
  }

  /** The element's text once it meets the condition, or its last text after 20 seconds. */
  public String textOnceItHolds(By by, java.util.function.Predicate<String> condition) {
    String[] last = {""};
    try {
      new WebDriverWait(driver, Duration.ofSeconds(20))
          .until(
              browser -> {
                try {
                  last[0] = browser.findElement(by).getText();
                  return condition.test(last[0]);
                } catch (WebDriverException failure) {
                  if (failure instanceof NoSuchElementException || isGone(failure)) {
                    return false;
                  }
                  throw failure;
                }
              });
    } catch (TimeoutException notThere) {
      // the caller's assertion names what was there instead
    }
    return last[0];
  }

  /**
   * Whether an element the locator finds shows on the page as it stands once it has settled
   * (loaded, no Ajax request under way). Answers at once, for a branch on what the page offers; to
   * wait for something to appear, use {@link #find}.
   */
  public boolean shows(By by) {
    // an Optional, since a wait takes a bare false for "not yet"
    return new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(browser -> settled() ? java.util.Optional.ofNullable(showsNow(by)) : null)
        .orElseGet(() -> shows(by));
  }

  /**
   * Whether the settled page shows no element the locator finds. One that is still there may go, as
   * after an Ajax update: this waits up to 20 seconds for that, and answers false if it stays. A
   * page that shows none answers at once.
   */
  public boolean showsNo(By by) {
    try {
      new WebDriverWait(driver, Duration.ofSeconds(20))
          .until(browser -> settled() && Boolean.FALSE.equals(showsNow(by)));
      return true;
    } catch (TimeoutException stays) {
      return false;
    }
  }

  /** Whether the document has loaded and neither PrimeFaces nor jQuery has a request under way. */
  private boolean settled() {
    try {
      return Boolean.TRUE.equals(
          script(
              "return document.readyState === 'complete'"
                  + " && !(window.jQuery && jQuery.active > 0)"
                  + " && !(window.PrimeFaces && PrimeFaces.ajax && PrimeFaces.ajax.Queue"
                  + "      && typeof PrimeFaces.ajax.Queue.isEmpty === 'function'"
                  + "      && !PrimeFaces.ajax.Queue.isEmpty());"));
    } catch (WebDriverException navigating) {
      return false; // the page is being replaced: ask the next one
    }
  }

  /** Whether an element shows now; null when the page was replaced while looking. */
  private Boolean showsNow(By by) {
    for (WebElement element : driver.findElements(by)) {
      try {
        if (element.isDisplayed()) {
          return true;
        }
      } catch (WebDriverException failure) {
        if (!isGone(failure)) {
          throw failure;
        }
        return null; // the page was replaced meanwhile: the caller's wait asks again
      }
    }
    return false;
  }

  /** Every element that matches, once the first is visible; empty when none appears. */
  public List<WebElement> findAll(By by) {
    try {
      find(by);
    } catch (TimeoutException none) {
      return List.of();
    }
    return driver.findElements(by);
  }

  public String currentUrl() {
    return driver.getCurrentUrl();
  }

  /**
   * The session's cookies, to fetch what the browser would download as this person: the session id
   * and, since sessions may move between nodes, the version of the session the server last wrote
   * ({@code JSESSIONIDVERSION}), without which the server does not take the session up.
   */
  public String sessionCookie() {
    String cookie = "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue();
    org.openqa.selenium.Cookie version = driver.manage().getCookieNamed("JSESSIONIDVERSION");
    return version == null ? cookie : cookie + "; JSESSIONIDVERSION=" + version.getValue();
  }

  /**
   * Every cookie the browser would send to the page it shows, as a {@code Cookie} header: the
   * session cookie and whatever the server set beside it.
   */
  public String cookies() {
    return driver.manage().getCookies().stream()
        .map(cookie -> cookie.getName() + "=" + cookie.getValue())
        .collect(java.util.stream.Collectors.joining("; "));
  }

  /**
   * The errors the console reported since the last call: resources that failed to load, scripts
   * that failed, Content-Security-Policy violations.
   */
  public List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** Runs a script in the page and answers its result. */
  public Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /** The WCAG 2.1 levels A and AA, as axe-core tags its rules. */
  private static final List<String> WCAG_21_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  /**
   * What axe-core finds against WCAG 2.1 A and AA on the page as it stands: one line per element
   * and rule, "rule: element (what the rule asks)". The script runs as the test's, outside the
   * page's Content-Security-Policy, and leaves the page as it was.
   */
  @SuppressWarnings("unchecked")
  public List<String> accessibilityViolations() {
    script(AxeScript.SOURCE);
    Object found =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]},"
                    + " resultTypes: ['violations']})"
                    + ".then(r => done(r.violations.flatMap(v => v.nodes.map(n =>"
                    + " v.id + ': ' + n.target.join(' ') + ' (' + v.help + ')'))))"
                    + ".catch(e => done(['axe-core failed: ' + e]));",
                WCAG_21_AA);
    return new ArrayList<>((List<String>) found);
  }

  /** axe-core's script, read once from the class path. */
  private static final class AxeScript {
    static final String SOURCE = read();

    private static String read() {
      try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
        if (in == null) {
          throw new IllegalStateException("axe.min.js is not on the test class path");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The HTTP status of the page the browser shows. */
  public long status() {
    return ((Number) script("return performance.getEntriesByType('navigation')[0].responseStatus;"))
        .longValue();
  }

  public String pageSource() {
    return driver.getPageSource();
  }

  /**
   * Makes this Chromium a stranger to every site again and keeps it for the next test; quits it if
   * that fails.
   */
  @Override
  public void close() {
    if (forgetEverything()) {
      synchronized (Browser.class) {
        IDLE.computeIfAbsent(String.valueOf(languages), key -> new ArrayDeque<>()).push(this);
      }
    } else {
      quit();
    }
  }

  private boolean forgetEverything() {
    try {
      for (String window : driver.getWindowHandles()) {
        origins.add(origin(driver.switchTo().window(window).getCurrentUrl()));
      }
      List<String> windows = new ArrayList<>(driver.getWindowHandles());
      for (String window : windows.subList(1, windows.size())) {
        driver.switchTo().window(window).close();
      }
      driver.switchTo().window(windows.get(0));
      // leave the page first, so that none of its scripts writes anything after the clearing
      driver.get("about:blank");
      driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
      for (String origin : origins) {
        if (origin.startsWith("http")) {
          driver.executeCdpCommand(
              "Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
        }
      }
      origins.clear();
      if (!driver.manage().window().getSize().equals(startSize)) {
        driver.manage().window().setSize(startSize);
      }
      return true;
    } catch (WebDriverException | IllegalArgumentException unusable) {
      return false;
    }
  }

  private void quit() {
    synchronized (Browser.class) {
      STARTED.remove(this);
    }
    try {
      driver.quit();
    } catch (WebDriverException alreadyGone) {
      // nothing left to end
    }
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a left-over temporary profile is harmless
    }
  }

  /** Quits every Chromium this test run started, in use or not. */
  public static void quitAll() {
    List<Browser> all;
    synchronized (Browser.class) {
      all = new ArrayList<>(STARTED);
      IDLE.clear();
    }
    all.forEach(Browser::quit);
  }
}
