package com.srm.mentoring.insiders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.pulse.rest.PulseProgram;
import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Browser;
import com.srm.mentoring.testsupport.NewPeople;
import com.srm.mentoring.testsupport.SharedApplication;
import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * What HR's pages say about people who hold places that should be apart, in headless Chromium: a
 * contact who is also a party of a pairing in the cohort, and a person the directory gave two of
 * the roles kept apart.
 */
@ExtendWith(SharedApplication.class)
class InsiderPagesBrowserIT {

  @ApplicationUrl URL base;

  @Test
  void theCohortPageWarnsHrOfAContactWhoIsAlsoAPartyAndThePeoplePageOfAConflict() throws Exception {
    PulseProgram program = new PulseProgram(new Api(base));
    String both = NewPeople.create("both", "employee", "escalation-contact");
    String dual = NewPeople.create("dual", "employee", "auditor", "escalation-contact");
    program.token(dual);
    UUID cohort = program.cohort(5, "farid");
    PulseProgram.update(
        "INSERT INTO cohort_escalation_contact (cohort_id, subject) VALUES (?, ?)",
        cohort,
        program.subject(both));
    program.pairing(cohort, "jun", both, "farid");
    program.token("hana");

    try (Browser hana = Browser.open()) {
      hana.go(base + "program/cohort.xhtml?id=" + cohort);
      hana.signInAs("hana");
      hana.go(base + "program/cohort.xhtml?id=" + cohort);
      String warning = hana.textOnceItHolds(By.cssSelector(".contact-in-pairing"), both);
      assertTrue(warning.contains(both), hana.pageSource());
      assertTrue(warning.contains("hold both places"), warning);

      hana.go(base + "hr/people.xhtml");
      hana.find(By.id("people:table:username:filter")).sendKeys(dual);
      String row = hana.textOnceItHolds(By.id("people:table"), "Conflict of duties");
      assertTrue(row.contains(dual) && row.contains("Conflict of duties"), row);
      assertEquals(
          1,
          hana.findAll(By.cssSelector("#people\\:table .conflict")).size(),
          "only the person holding two of them");
    }
  }
}
