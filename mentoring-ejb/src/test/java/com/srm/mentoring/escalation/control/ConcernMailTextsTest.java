package com.srm.mentoring.escalation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Every e-mail reads in English and in German, and a language the bundle does not hold gets
 * English, never the language of the machine the server runs on.
 */
class ConcernMailTextsTest {

  @Test
  void everyTextHasAGermanTranslation() throws IOException {
    assertEquals(texts("").stringPropertyNames(), texts("_de").stringPropertyNames());
    assertEquals(
        "Ein Anliegen braucht Sie",
        ConcernMail.texts(Locale.GERMAN).getString("mail.concern.subject"));
  }

  @Test
  void aLanguageWithoutTextsGetsEnglish() {
    Locale machine = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMAN);
      assertEquals(
          "A concern needs you",
          ConcernMail.texts(Locale.forLanguageTag("fr")).getString("mail.concern.subject"));
    } finally {
      Locale.setDefault(machine);
    }
  }

  private static Properties texts(String suffix) throws IOException {
    Properties texts = new Properties();
    try (InputStream in =
        ConcernMail.class.getResourceAsStream(
            "/com/srm/mentoring/i18n/mails" + suffix + ".properties")) {
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return texts;
  }
}
