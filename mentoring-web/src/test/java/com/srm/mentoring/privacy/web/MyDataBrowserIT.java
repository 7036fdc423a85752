package com.srm.mentoring.privacy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Browser;
import com.srm.mentoring.testsupport.HttpProbe;
import com.srm.mentoring.testsupport.NewPeople;
import com.srm.mentoring.testsupport.SharedApplication;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** A person finds "My data" from their profile, reads what is held and downloads it. */
@ExtendWith(SharedApplication.class)
class MyDataBrowserIT {

  @ApplicationUrl URL base;

  private static final By JSON = By.cssSelector("a[href$='/privacy/my-data.json']");
  private static final By PDF = By.cssSelector("a[href$='/privacy/my-data.pdf']");

  @Test
  void aPersonOpensMyDataFromTheirProfileAndDownloadsItAsJsonAndPdf() throws Exception {
    String person = NewPeople.create("mydata", "employee");
    try (Browser browser = Browser.open()) {
      browser.go(base + "me.xhtml");
      browser.signInAs(person);
      // a person who has not signed the charter is shown it first; their profile stays open
      browser.go(base + "me.xhtml");
      browser.find(By.id("my-data")).click();
      assertEquals("My data", browser.textOnceItHolds(By.tagName("h1"), "My data"));
      assertTrue(browser.shows(JSON), "the JSON download");
      assertTrue(browser.shows(PDF), "the PDF download");
      assertTrue(browser.find(By.id("held-profile")).getText().contains(person));

      String json = download(browser, "privacy/my-data.json");
      assertTrue(json.contains("\"username\":\"" + person + "\""), json);
      String pdf = download(browser, "privacy/my-data.pdf");
      assertTrue(pdf.startsWith("%PDF"), "a PDF");
    }
  }

  @Test
  void inGermanThePageIsTitledMeineDaten() throws Exception {
    String person = NewPeople.create("meinedaten", "employee");
    try (Browser browser = Browser.inLanguages("de-DE,de")) {
      browser.go(base + "privacy/my-data.xhtml");
      browser.signInAs(person);
      browser.go(base + "privacy/my-data.xhtml");
      assertEquals("Meine Daten", browser.textOnceItHolds(By.tagName("h1"), "Meine Daten"));
      assertTrue(
          String.valueOf(browser.script("return document.title")).startsWith("Meine Daten"),
          "the page title is German");
      assertTrue(browser.shows(JSON));
      assertEquals("Als PDF herunterladen", browser.find(PDF).getText().strip());
    }
  }

  /** What the link gives the signed-in person, fetched with the browser's session. */
  private String download(Browser browser, String path) throws Exception {
    HttpResponse<byte[]> response =
        HttpProbe.sendForBytes(
            HttpRequest.newBuilder(URI.create(base.toExternalForm()).resolve(path))
                .header("Cookie", browser.cookies()));
    assertEquals(200, response.statusCode(), path);
    assertTrue(
        response.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"),
        path);
    return new String(
        Arrays.copyOf(response.body(), response.body().length), StandardCharsets.ISO_8859_1);
  }
}
