package com.srm.mentoring.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Await;
import com.srm.mentoring.testsupport.Browser;
import com.srm.mentoring.testsupport.CharterSigning;
import com.srm.mentoring.testsupport.HttpProbe;
import com.srm.mentoring.testsupport.IntegrationEnvironment;
import com.srm.mentoring.testsupport.NewPeople;
import com.srm.mentoring.testsupport.SharedApplication;
import com.srm.mentoring.testsupport.Tokens;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A view state the server does not hold — expired, or made up by a scanner — is an ordinary event:
 * the person is asked to open the page again, and the server log gets a line, not a stack trace.
 */
@ExtendWith(SharedApplication.class)
class ViewStateIT {

  private static final int POSTS = 300;

  /** A line of a stack trace, as a page that showed one would carry it. */
  static final Pattern STACK_FRAME = Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(");

  @ApplicationUrl URL base;

  @Test
  void madeUpViewStatesAnswerThePageExpiredAndLeaveNoStackTrace() throws Exception {
    String person = NewPeople.create("scanner", "employee");
    CharterSigning.signCurrent(new Api(base), Tokens.of(person));
    Path log = IntegrationEnvironment.applicationLog();
    long logBefore = Files.size(log);
    try (Browser browser = Browser.open()) {
      browser.go(base + "me.xhtml");
      browser.signInAs(person);
      browser.find(By.id("signed-in-name"));
      String cookie = browser.sessionCookie();
      List<String> pages = List.of("me.xhtml", "index.xhtml", "program/mine.xhtml");
      for (int i = 0; i < POSTS; i++) {
        String page = pages.get(i % pages.size());
        String viewState = madeUp(i);
        // the page's script nonce goes with the post, as with a post the page made
        HttpResponse<String> shown =
            HttpProbe.send(
                HttpRequest.newBuilder(URI.create(base + page)).header("Cookie", cookie).GET());
        assertEquals(200, shown.statusCode(), page);
        String nonce =
            shown
                .headers()
                .firstValue("Content-Security-Policy")
                .orElseThrow()
                .replaceAll(".*'nonce-([^']+)'.*", "$1");
        HttpResponse<String> answer = post(base + page, cookie, viewState, nonce);
        assertEquals(400, answer.statusCode(), page + ": " + answer.body());
        // a view id the server never gave out has expired; garbage is a form that cannot be read
        assertTrue(
            answer.body().contains("<h1>Page expired</h1>")
                || !viewState.contains(":")
                    && answer.body().contains("<h1>The form could not be read</h1>"),
            viewState + ": " + answer.body());
        assertFalse(STACK_FRAME.matcher(answer.body()).find(), answer.body());
      }

      // an Ajax post is sent to the page afresh
      HttpResponse<String> ajax =
          HttpProbe.send(
              HttpRequest.newBuilder(URI.create(base + "me.xhtml"))
                  .header("Cookie", cookie)
                  .header("Faces-Request", "partial/ajax")
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "jakarta.faces.partial.ajax=true&jakarta.faces.ViewState=4242%3A4242")));
      assertEquals(200, ajax.statusCode(), ajax.body());
      assertTrue(ajax.body().contains("<redirect url=\"/me.xhtml\""), ajax.body());
    }

    // a line the server writes after all of those: once it is there, so is everything before it
    String marker = UUID.randomUUID().toString();
    String markerPerson = NewPeople.create("marker", "employee");
    String token = Tokens.of(markerPerson);
    CharterSigning.signCurrent(new Api(base), token);
    assertEquals(404, new Api(base).get("concerns/" + marker, token).statusCode());
    String written =
        Await.until(() -> since(log, logBefore), l -> l.contains(marker), "the marker");

    assertFalse(written.contains("ViewExpiredException"), "no exception named");
    assertFalse(written.contains("RestoreViewPhase"), "no stack frame from restoring the view");
    assertFalse(written.contains("threw exception"), "nothing thrown out of the Faces servlet");
    long lines =
        written
            .lines()
            .filter(
                l ->
                    l.contains("named a view the server does not hold")
                        || l.contains("Refused an unreadable post"))
            .count();
    assertTrue(lines <= POSTS + 1, lines + " lines for " + (POSTS + 1) + " posts");
    assertTrue(
        written.contains("named a view the server does not hold"), "the expired views are logged");
  }

  /** View states of every kind a scanner sends: ids the server never gave out, and garbage. */
  private static String madeUp(int i) {
    return switch (i % 5) {
      case 0 -> i + ":" + (i * 7);
      case 1 ->
          Base64.getEncoder().encodeToString(("forged " + i).getBytes(StandardCharsets.UTF_8));
      case 2 -> "-" + i + ":-1";
      case 3 -> "<script>alert(" + i + ")</script>";
      default -> "x".repeat(2_000);
    };
  }

  private static HttpResponse<String> post(
      String url, String cookie, String viewState, String nonce) throws Exception {
    String body =
        "jakarta.faces.ViewState="
            + URLEncoder.encode(viewState, StandardCharsets.UTF_8)
            + "&primefaces.nonce="
            + URLEncoder.encode(nonce, StandardCharsets.UTF_8);
    return HttpProbe.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Cookie", cookie)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** What the server log gained since it was the given size. */
  private static String since(Path log, long size) throws IOException {
    try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
      byte[] bytes = new byte[(int) Math.max(0, file.length() - size)];
      file.seek(size);
      file.readFully(bytes);
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }
}
