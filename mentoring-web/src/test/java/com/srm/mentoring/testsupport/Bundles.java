package com.srm.mentoring.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.ResourceBundle;

/** The product's texts as a page in one language shows them. */
public final class Bundles {

  private Bundles() {}

  /**
   * The product's bundle in exactly this language, without falling back to another: a test of the
   * German pages compares with the German texts, never with English ones standing in for them.
   */
  public static ResourceBundle exactly(Locale locale) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            "com.srm.mentoring.i18n.messages",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    assertEquals(locale, bundle.getLocale());
    return bundle;
  }
}
