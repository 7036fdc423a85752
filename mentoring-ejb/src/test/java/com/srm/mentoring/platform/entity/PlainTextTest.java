package com.srm.mentoring.platform.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlainTextTest {

  @Test
  void lineBreaksTabsAndAnyLanguageArePlainText() {
    assertTrue(PlainText.Validator.isPlain("Grüße\r\n\tzurück — 日本語 😀"));
    assertTrue(PlainText.Validator.isPlain(null));
    assertTrue(PlainText.Validator.isPlain(""));
  }

  @Test
  void nulAndOtherControlCharactersAreNot() {
    assertFalse(PlainText.Validator.isPlain("a\u0000b"));
    assertFalse(PlainText.Validator.isPlain("bell\u0007"));
    assertFalse(PlainText.Validator.isPlain("escape\u001b[31m"));
    assertFalse(PlainText.Validator.isPlain("delete\u007f"));
    assertFalse(PlainText.Validator.isPlain("c1\u0085"));
  }
}
