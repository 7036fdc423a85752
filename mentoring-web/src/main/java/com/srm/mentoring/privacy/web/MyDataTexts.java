package com.srm.mentoring.privacy.web;

import java.util.Locale;
import java.util.ResourceBundle;

/** The pages' bundle for downloads, which are made outside a Faces request. */
final class MyDataTexts {

  private MyDataTexts() {}

  /** The bundle in {@code locale}, falling back to English, never to the machine's locale. */
  static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        "com.srm.mentoring.i18n.messages",
        locale,
        PersonalDataPdf.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
