package com.srm.mentoring.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.testsupport.BundleFiles;
import java.io.IOException;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every text of the pages exists in English and in German: a key in one bundle only would show a
 * German reader the English text, or an English reader the key itself.
 */
class BundleKeysTest {

  private static final String BUNDLE = "/com/srm/mentoring/i18n/messages";

  @Test
  void theEnglishAndTheGermanBundleHoldTheSameKeys() throws IOException {
    Set<String> english = keys(BUNDLE + ".properties");
    Set<String> german = keys(BUNDLE + "_de.properties");
    assertTrue(english.size() > 100, "the bundle was read: " + english.size() + " keys");
    Set<String> onlyEnglish = new TreeSet<>(english);
    onlyEnglish.removeAll(german);
    Set<String> onlyGerman = new TreeSet<>(german);
    onlyGerman.removeAll(english);
    assertEquals(Set.of(), onlyEnglish, "keys without a German text");
    assertEquals(Set.of(), onlyGerman, "keys without an English text");
  }

  @Test
  void noGermanTextIsLeftEmpty() throws IOException {
    Properties german = read(BUNDLE + "_de.properties");
    Set<String> empty = new TreeSet<>();
    german.stringPropertyNames().stream()
        .filter(key -> german.getProperty(key).isBlank())
        .forEach(empty::add);
    assertEquals(Set.of(), empty, "German keys with no text");
  }

  private static Set<String> keys(String resource) throws IOException {
    return new TreeSet<>(read(resource).stringPropertyNames());
  }

  private static Properties read(String resource) throws IOException {
    return BundleFiles.read(resource);
  }
}
