package com.srm.mentoring.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.testsupport.BundleFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RefusalTest {

  private static final Pattern KEY_IN_CODE = Pattern.compile("\"(refusal\\.[A-Za-z.]+)\"");

  static Properties bundle(String suffix) throws IOException {
    return BundleFiles.read("/com/srm/mentoring/i18n/refusals" + suffix + ".properties");
  }

  @Test
  void everyRefusalReadsInEnglishAndInGerman() throws IOException {
    Set<String> english = bundle("").stringPropertyNames();
    Set<String> german = bundle("_de").stringPropertyNames();
    Set<String> missing = new TreeSet<>(english);
    missing.removeAll(german);
    assertEquals(Set.of(), missing, "refusals without a German text");
    Set<String> extra = new TreeSet<>(german);
    extra.removeAll(english);
    assertEquals(Set.of(), extra, "German texts of no refusal");
  }

  @Test
  void everyKeyTheCodeNamesHasItsText() throws IOException {
    Set<String> english = bundle("").stringPropertyNames();
    List<String> unknown = new ArrayList<>();
    for (Path root : List.of(Path.of("src/main/java"), Path.of("../mentoring-web/src/main/java"))) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          Matcher keys = KEY_IN_CODE.matcher(Files.readString(file));
          while (keys.find()) {
            String key = keys.group(1);
            boolean known =
                key.endsWith(".")
                    ? english.stream().anyMatch(k -> k.startsWith(key))
                    : english.contains(key);
            if (!known) {
              unknown.add(file.getFileName() + ": " + key);
            }
          }
        }
      }
    }
    assertEquals(List.of(), unknown);
  }

  @Test
  void everyTextFormatsWithSampleValuesInBothLanguages() throws IOException {
    Object[] samples = {"jun", "sam", "3", "7", "9"};
    for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
      Properties raw = bundle(locale == Locale.GERMAN ? "_de" : "");
      for (String key : bundle("").stringPropertyNames()) {
        String text = Refusal.format(key, locale, samples);
        assertFalse(text.isBlank(), key);
        assertFalse(text.contains("{") || text.contains("}"), key + ": " + text);
        String pattern = raw.getProperty(key);
        assertFalse(
            pattern.replace("''", "").contains("'"),
            key + ": a single apostrophe is lost by MessageFormat; write it twice");
      }
    }
  }

  @Test
  void theGermanTextsAreNotTheEnglishOnes() throws IOException {
    Properties english = bundle("");
    Properties german = bundle("_de");
    for (String key : english.stringPropertyNames()) {
      assertNotEquals(english.getProperty(key), german.getProperty(key), key);
    }
  }

  @Test
  void theMessageNamesTheFieldFirstAndStaysInEnglishForTheLog() {
    Refusal stale = Refusal.stale("cohort");
    assertEquals(Refusal.Kind.STALE, stale.kind());
    assertEquals(
        "version: the cohort was changed by someone else since it was read; reload it and try again",
        stale.getMessage());
    Refusal closed = Refusal.rule("cohort-open", "refusal.pairing.cohortClosed");
    assertEquals("cohort-open: the cohort is closed", closed.getMessage());
    assertEquals("cohort-open: die Kohorte ist abgeschlossen", closed.message(Locale.GERMAN));
    assertEquals(
        "cohort-open: the cohort is closed",
        closed.message(Locale.FRENCH),
        "a language the application does not speak reads English");
  }

  @Test
  void aTextThatBeginsWithItsFieldIsNotNamedTwice() {
    assertEquals(
        "name must be at most 120 characters",
        Refusal.invalid("name", "refusal.cohort.nameTooLong", 120).getMessage());
  }

  @Test
  void numbersReadAsWrittenInEveryLanguage() {
    Refusal tooLong = Refusal.invalid("groundRules", "refusal.atMostCharacters", 4000);
    assertEquals("groundRules: at most 4000 characters", tooLong.getMessage());
    assertTrue(tooLong.message(Locale.GERMAN).contains("4000"), tooLong.message(Locale.GERMAN));
  }

  @Test
  void aRuleNamesThePeopleItIsAbout() {
    Refusal line =
        Refusal.rule("reporting-line", "refusal.pairing.reportingLine", "ken", "sam")
            .about(List.of("ken", "sam"));
    assertEquals(List.of("ken", "sam"), line.people());
    assertEquals("reporting-line: ken and sam are in one reporting line", line.getMessage());
  }
}
