package com.srm.mentoring.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Browser;
import com.srm.mentoring.testsupport.HttpProbe;
import com.srm.mentoring.testsupport.IntegrationEnvironment;
import com.srm.mentoring.testsupport.KeycloakServer;
import com.srm.mentoring.testsupport.NewPeople;
import com.srm.mentoring.testsupport.SharedApplication;
import com.srm.mentoring.testsupport.Tokens;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.GroupRepresentation;
import org.openqa.selenium.By;

/**
 * What every response says about itself, what an anonymous visitor costs the server, where the
 * access log says a request came from, and what a forged form post achieves: nothing.
 */
@ExtendWith(SharedApplication.class)
class PagesOverHttpIT {

  @ApplicationUrl URL base;

  @Test
  void pagesCarryAStrictPolicyWithTheNonceOfTheirScripts() throws Exception {
    HttpResponse<String> landing = HttpProbe.get(URI.create(base.toExternalForm()));
    assertEquals(200, landing.statusCode());
    String policy = landing.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertTrue(policy.contains("frame-ancestors 'none'"), policy);
    assertTrue(policy.contains("object-src 'none'"), policy);
    assertTrue(policy.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=]+';?"), policy);
    String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
    assertTrue(landing.body().contains("nonce=\"" + nonce + "\""), "the page's scripts carry it");
    assertEquals(1, landing.headers().allValues("Content-Security-Policy").size(), "one policy");
    assertSafeHeaders(landing);
    assertEquals("no-store", landing.headers().firstValue("Cache-Control").orElseThrow());
    assertTrue(
        landing.headers().firstValue("Strict-Transport-Security").isEmpty(),
        "no HSTS over plain HTTP");
  }

  @Test
  void theApiItsRefusalsAndErrorPagesCarryTheHeadersTooStaticResourcesMayBeCached()
      throws Exception {
    HttpResponse<String> api = new Api(base).get("me", Tokens.of("jun"));
    assertEquals(200, api.statusCode(), api.body());
    assertSafeHeaders(api);
    assertEquals("no-store", api.headers().firstValue("Cache-Control").orElseThrow());
    assertTrue(
        api.headers().firstValue("Content-Security-Policy").orElseThrow().contains("default-src"));

    HttpResponse<String> refused = HttpProbe.get(URI.create(base + "api/me"));
    assertEquals(401, refused.statusCode(), "no token");
    assertSafeHeaders(refused);
    assertEquals("no-store", refused.headers().firstValue("Cache-Control").orElseThrow());

    HttpResponse<String> missing = HttpProbe.get(URI.create(base + "no-such-page.xhtml"));
    assertEquals(404, missing.statusCode());
    assertSafeHeaders(missing);

    HttpResponse<String> stylesheet =
        HttpProbe.get(URI.create(base + "jakarta.faces.resource/css/mentoring.css.xhtml"));
    assertEquals(200, stylesheet.statusCode());
    assertSafeHeaders(stylesheet);
    assertNotEquals("no-store", stylesheet.headers().firstValue("Cache-Control").orElse(""));
  }

  private static void assertSafeHeaders(HttpResponse<?> response) {
    assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow());
    assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElseThrow());
    String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertTrue(policy.contains("frame-ancestors 'none'"), policy);
    assertTrue(policy.contains("base-uri 'none'"), policy);
    assertTrue(policy.contains("form-action 'self' "), policy);
  }

  @Test
  void aThousandAnonymousRequestsOpenNoSession() throws Exception {
    List<String> cookies = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      String page =
          switch (i % 10) {
            case 0 -> "no-such-page.xhtml";
            case 1 -> "index.xhtml";
            default -> "";
          };
      HttpResponse<String> response = HttpProbe.get(URI.create(base + page));
      assertEquals(page.startsWith("no-such") ? 404 : 200, response.statusCode(), page);
      cookies.addAll(response.headers().allValues("Set-Cookie"));
    }
    assertTrue(cookies.isEmpty(), "no session cookie: " + cookies.stream().limit(3).toList());
  }

  @Test
  void aNulInATextAnswers400NamingTheField() throws Exception {
    Api api = new Api(base);
    String person = NewPeople.create("nul", "employee");
    String token = Tokens.of(person);
    HttpResponse<String> refused =
        api.post("me/withdrawal", token, "{\"reason\": \"over\\u0000and out\"}");
    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(refused.headers().firstValue("Content-Type").orElseThrow().contains("problem+json"));
    String detail = Api.json(refused).asJsonObject().getString("detail");
    assertTrue(detail.startsWith("reason:"), detail);
    assertTrue(detail.contains("control characters"), detail);
    JsonObject standing = Api.json(api.get("me/status", token)).asJsonObject();
    assertFalse(standing.getBoolean("withdrawn"), "nothing was written: " + standing);
  }

  @Test
  void theAccessLogTakesTheForwardedAddressAndRequestIdOnlyFromATrustedProxy() throws Exception {
    Api api = new Api(base);
    String audrey = Tokens.of("audrey");
    String since =
        URLEncoder.encode(Instant.now().minusSeconds(5).toString(), StandardCharsets.UTF_8);
    String proxysId = "proxy-" + UUID.randomUUID();
    String spoofed = "spoofed-" + UUID.randomUUID();
    // reading the access log is itself logged, with the reader's address and the request's id
    String read = base.getPath() + "api/audit/entries?size=1";
    Answer viaProxy = rawGet(IntegrationEnvironment.TRUSTED_PROXY, read, audrey, proxysId);
    Answer direct = rawGet("127.0.0.1", read, audrey, spoofed);
    assertEquals(200, viaProxy.status());
    assertEquals(200, direct.status());
    assertNotEquals(proxysId, viaProxy.requestId(), "the response names the server's own id");
    assertNotEquals(spoofed, direct.requestId(), "the response names the server's own id");

    List<JsonObject> logged = new ArrayList<>();
    String cursor = null;
    do {
      HttpResponse<String> page =
          api.get(
              "audit/entries?actor=audrey&action=read&size=200&from="
                  + since
                  + (cursor == null ? "" : "&cursor=" + cursor),
              audrey);
      JsonObject body = Api.json(page).asJsonObject();
      body.getJsonArray("entries").forEach(e -> logged.add(e.asJsonObject()));
      cursor = body.containsKey("next") ? body.getString("next") : null;
    } while (cursor != null);
    JsonObject proxied = entryOf(logged, viaProxy.requestId());
    assertEquals("203.0.113.7", proxied.getString("clientIp"), "forwarded by the trusted proxy");
    assertEquals(proxysId, proxied.getString("forwardedRequestId"), "kept beside the server's");
    JsonObject straight = entryOf(logged, direct.requestId());
    assertEquals("127.0.0.1", straight.getString("clientIp"), "a header anyone could send");
    assertFalse(straight.containsKey("forwardedRequestId"), straight.toString());
    assertTrue(
        logged.stream()
            .noneMatch(
                e ->
                    spoofed.equals(e.getString("requestId", null))
                        || spoofed.equals(e.getString("forwardedRequestId", null))
                        || proxysId.equals(e.getString("requestId", null))),
        "no request poses under an id a caller chose");
  }

  private static JsonObject entryOf(List<JsonObject> entries, String requestId) {
    return entries.stream()
        .filter(e -> requestId.equals(e.getString("requestId", null)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry for " + requestId));
  }

  /** What a raw request was answered: its status, and the request id the server named. */
  private record Answer(int status, String requestId) {}

  /**
   * A GET sent from a given loopback address, as a proxy on that address would send it, claiming
   * that it forwards a request from 203.0.113.7 with the request id given.
   */
  private Answer rawGet(String from, String path, String token, String requestId) throws Exception {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(from, 0));
      socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
      socket.setSoTimeout(30_000);
      String request =
          "GET "
              + path
              + " HTTP/1.1\r\n"
              + "Host: "
              + base.getHost()
              + ":"
              + base.getPort()
              + "\r\n"
              + "Authorization: Bearer "
              + token
              + "\r\n"
              + "X-Forwarded-For: 203.0.113.7\r\n"
              + "Forwarded: for=203.0.113.7;proto=http\r\n"
              + "X-Request-Id: "
              + requestId
              + "\r\n"
              + "Connection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      BufferedReader answer =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      int status = Integer.parseInt(answer.readLine().split(" ")[1]);
      String serverId = null;
      boolean inHeaders = true;
      for (String line = answer.readLine(); line != null; line = answer.readLine()) {
        // read to the end, so that the request has been handled in full
        inHeaders = inHeaders && !line.isEmpty();
        if (inHeaders && line.regionMatches(true, 0, "X-Request-Id:", 0, 13)) {
          serverId = line.substring(13).strip();
        }
      }
      return new Answer(status, serverId);
    }
  }

  @Test
  void aForgedViewStateOrRowKeyIsRefusedAndChangesNothing() throws Exception {
    String hr = NewPeople.create("hrform", "employee", "hr-admin");
    String target = NewPeople.create("target", "employee");
    try (Browser browser = Browser.open();
        Keycloak admin = Tokens.admin()) {
      browser.go(base + "hr/people.xhtml");
      browser.signInAs(hr);
      browser.find(By.id("sync:sync-now")).click();
      // leave the page only once the sync is done, or the target may not be known yet
      assertTrue(browser.find(By.className("messages")).getText().contains("Directory synced"));
      browser.go(base + "hr/people.xhtml?username=" + target);
      browser.find(By.cssSelector(".person-" + target + " .appoint-facilitator"));
      String cookie = browser.sessionCookie();

      HttpResponse<String> page =
          HttpProbe.send(request(base + "hr/people.xhtml?username=" + target, cookie).GET());
      assertEquals(200, page.statusCode());
      String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
      Map<String, String> form = new LinkedHashMap<>();
      form.put("people", "people");
      form.put(buttonOf(page.body(), target, "appoint-facilitator"), "x");
      form.put("jakarta.faces.ViewState", attribute(page.body(), "jakarta.faces.ViewState"));
      form.put("primefaces.nonce", policy.replaceAll(".*'nonce-([^']+)'.*", "$1"));

      Map<String, String> forgedState = new LinkedHashMap<>(form);
      forgedState.put("jakarta.faces.ViewState", "4242:4242");
      HttpResponse<String> expired = post(base + "hr/people.xhtml", cookie, forgedState);
      assertEquals(400, expired.statusCode());
      assertTrue(expired.body().contains("<h1>Page expired</h1>"), expired.body());

      for (String forgedRow : new String[] {"9999", "-1", "x"}) {
        String button = buttonOf(page.body(), target, "appoint-facilitator");
        Map<String, String> forgedKey = new LinkedHashMap<>(form);
        forgedKey.remove(button);
        forgedKey.put(button.replaceFirst(":\\d+:", ":" + forgedRow + ":"), "x");
        HttpResponse<String> refused = post(base + "hr/people.xhtml", cookie, forgedKey);
        assertEquals(400, refused.statusCode(), forgedRow);
        assertTrue(refused.body().contains("<h1>The form could not be read</h1>"), refused.body());
      }
      assertFalse(groups(admin, target).contains("facilitator"), "nothing was written");

      // the same post, unforged, is what would have appointed the person
      HttpResponse<String> genuine = post(base + "hr/people.xhtml", cookie, form);
      assertEquals(302, genuine.statusCode(), genuine.body());
      assertTrue(groups(admin, target).contains("facilitator"));
    }
  }

  private static List<String> groups(Keycloak admin, String username) {
    var users = admin.realm(KeycloakServer.REALM).users();
    return users.get(users.searchByUsername(username, true).get(0).getId()).groups().stream()
        .map(GroupRepresentation::getName)
        .toList();
  }

  /** The name of a person's button in the people table, found by its style class. */
  private static String buttonOf(String html, String username, String styleClass) {
    Matcher start =
        Pattern.compile("<tr[^>]*class=\"[^\"]*\\bperson-" + Pattern.quote(username) + "[\" ]")
            .matcher(html);
    assertTrue(start.find(), html);
    String row = html.substring(start.start());
    Matcher button =
        Pattern.compile("<input[^>]*name=\"([^\"]+)\"[^>]*class=\"" + styleClass + "\"")
            .matcher(row);
    assertTrue(button.find(), row);
    return button.group(1);
  }

  private static String attribute(String html, String name) {
    Matcher value =
        Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"")
            .matcher(html);
    assertTrue(value.find(), name);
    return value.group(1);
  }

  private static HttpResponse<String> post(String url, String cookie, Map<String, String> form)
      throws Exception {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return HttpProbe.send(
        request(url, cookie)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  static HttpRequest.Builder request(String url, String cookie) {
    return HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie);
  }
}
