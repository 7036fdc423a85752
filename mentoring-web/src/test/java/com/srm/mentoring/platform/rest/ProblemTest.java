package com.srm.mentoring.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.srm.mentoring.platform.entity.Refusal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void aRuleBrokenAnswers422NamingTheRuleInTheReadersLanguage() {
    Refusal closed = Refusal.rule("cohort-open", "refusal.pairing.cohortClosed");
    Problem german = Problem.of(closed, Languages.preferred(List.of(Locale.GERMANY)));
    assertEquals(422, german.status());
    assertEquals("urn:srm:problem:rule:cohort-open", german.type());
    assertEquals("cohort-open: die Kohorte ist abgeschlossen", german.detail());
    assertEquals("cohort-open", german.field());
    assertEquals("refusal.pairing.cohortClosed", german.code());
  }

  @Test
  void eachKindAnswersItsStatus() {
    assertEquals(
        400,
        Problem.of(Refusal.invalid("topics", "refusal.topics.required"), Locale.ENGLISH).status());
    assertEquals(409, Problem.of(Refusal.stale("cohort"), Locale.ENGLISH).status());
    assertEquals(
        409,
        Problem.of(Refusal.conflict("pairing", "refusal.pairing.ended"), Locale.ENGLISH).status());
    assertEquals(403, Problem.of(Refusal.charterNotSigned(2), Locale.ENGLISH).status());
    assertEquals(
        503,
        Problem.of(Refusal.unavailable("refusal.directory.unavailable", null), Locale.ENGLISH)
            .status());
  }

  @Test
  void aReaderWhoAsksForNoLanguageTheApplicationSpeaksReadsEnglish() {
    assertEquals(Locale.ENGLISH, Languages.preferred(List.of()));
    assertEquals(Locale.ENGLISH, Languages.preferred(List.of(Locale.FRENCH, Locale.JAPANESE)));
    assertEquals(
        Locale.GERMAN, Languages.preferred(List.of(Locale.FRENCH, new Locale("de", "AT"))));
  }
}
