package com.srm.mentoring.platform.rest;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The languages the application speaks: English, and German for those who ask for it. */
public final class Languages {

  /** The languages the bundles hold, besides English, the default. */
  public static final Set<String> SPOKEN = Set.of("en", "de");

  private Languages() {}

  /** The first of the caller's languages the application speaks, else English. */
  public static Locale preferred(List<Locale> acceptable) {
    for (Locale locale : acceptable) {
      if (SPOKEN.contains(locale.getLanguage())) {
        return Locale.forLanguageTag(locale.getLanguage());
      }
    }
    return Locale.ENGLISH;
  }
}
