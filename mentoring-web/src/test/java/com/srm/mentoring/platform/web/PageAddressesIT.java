package com.srm.mentoring.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Browser;
import com.srm.mentoring.testsupport.CharterSigning;
import com.srm.mentoring.testsupport.HttpProbe;
import com.srm.mentoring.testsupport.NewPeople;
import com.srm.mentoring.testsupport.SharedApplication;
import com.srm.mentoring.testsupport.Tokens;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Every page that takes its subject from the address, asked with addresses no link of ours makes:
 * the page says it has nothing to show (or what is wrong), never that something went wrong.
 */
@ExtendWith(SharedApplication.class)
class PageAddressesIT {

  /** The pages and downloads that read parameters from the address, and the parameters. */
  private static final List<String> ADDRESSES =
      List.of(
          "pulse/cohort.xhtml?cohort=",
          "pulse/cohort.csv?cohort=",
          "hr/analytics.xhtml?cohort=",
          "hr/analytics.xhtml?period=",
          "hr/analytics.csv?table=trend&cohort=",
          "hr/analytics.csv?table=",
          "hr/people.xhtml?username=",
          "program/cohort.xhtml?id=",
          "program/pairing.xhtml?id=",
          "program/session.xhtml?id=",
          "escalation/concern.xhtml?id=",
          "audit/log.xhtml?actor=",
          "audit/log.xhtml?recordType=",
          "audit/log.xhtml?recordId=",
          "audit/log.xhtml?action=",
          "audit/log.xhtml?outcome=",
          "audit/log.xhtml?from=",
          "audit/log.xhtml?to=",
          "audit/log.csv?recordId=",
          "audit/log.csv?from=");

  /** Values no page of ours puts into an address, already encoded for one. */
  private static final List<String> MALFORMED =
      List.of(
          "%2Fe%00",
          "%00",
          "",
          "not-a-uuid",
          "1-1-1-1-1",
          "%C0%AF",
          "%E2%80%A8",
          "%3C%2Fscript%3E",
          "-1",
          "x".repeat(3_000),
          "%FF%FE%FD");

  @ApplicationUrl URL base;

  @Test
  void theCohortPulseOfAMalformedCohortIsNotFound() throws Exception {
    String hr = signedUp("addrhr", "employee", "hr-admin");
    try (Browser browser = signedIn(hr)) {
      HttpResponse<String> page = get("pulse/cohort.xhtml?cohort=%2Fe%00", browser);
      assertEquals(404, page.statusCode(), page.body());
      assertTrue(page.body().contains("<h1>Not found</h1>"), page.body());
    }
  }

  @Test
  void noMalformedAddressAnswersAnErrorAsHrAnEmployeeOrAnAuditor() throws Exception {
    String hr = signedUp("addrhr", "employee", "hr-admin");
    String employee = signedUp("addremp", "employee");
    List<String> failures = new ArrayList<>();
    for (String person : List.of(hr, employee, "audrey")) {
      try (Browser browser = signedIn(person)) {
        for (String address : ADDRESSES) {
          for (String value : MALFORMED) {
            HttpResponse<String> answer = get(address + value, browser);
            String body = answer.body();
            if (answer.statusCode() >= 500
                || ViewStateIT.STACK_FRAME.matcher(body).find()
                || body.contains("Caused by:")
                || body.contains("Something went wrong")) {
              failures.add(person + " " + address + value + ": " + answer.statusCode());
            }
          }
        }
      }
    }
    assertEquals(List.of(), failures);
  }

  private String signedUp(String prefix, String... groups) throws Exception {
    String username = NewPeople.create(prefix, groups);
    CharterSigning.signCurrent(new Api(base), Tokens.of(username));
    return username;
  }

  private Browser signedIn(String username) {
    Browser browser = Browser.open();
    browser.go(base + "me.xhtml");
    browser.signInAs(username);
    browser.find(By.id("signed-in-name"));
    return browser;
  }

  private HttpResponse<String> get(String address, Browser browser) throws Exception {
    return HttpProbe.send(
        HttpRequest.newBuilder(URI.create(base + address))
            .header("Cookie", browser.sessionCookie())
            .GET());
  }
}
