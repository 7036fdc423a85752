package com.srm.mentoring.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HttpSettingsTest {

  @Test
  void withoutAPublicBaseUrlTheAddressComesFromTheRequest() {
    assertEquals(
        "http://127.0.0.1:8080/mentoring",
        HttpSettings.baseUrl(Optional.empty(), "http", "127.0.0.1", 8080, "/mentoring"));
  }

  @Test
  void theConfiguredPublicBaseUrlWinsWithoutItsTrailingSlash() {
    assertEquals(
        "https://mentoring.example.org",
        HttpSettings.baseUrl(
            Optional.of("https://mentoring.example.org/"), "http", "10.0.0.5", 8080, ""));
  }

  @Test
  void anHttpsPublicAddressMeansSecureCookiesUnlessSetOtherwise() {
    HttpSettings settings = new HttpSettings();
    settings.publicBaseUrl = Optional.of("https://mentoring.example.org/");
    settings.secureCookies = Optional.empty();
    assertTrue(settings.servedOverHttps());
    assertTrue(settings.secureCookies());
    settings.secureCookies = Optional.of(false);
    assertFalse(settings.secureCookies());
    settings.publicBaseUrl = Optional.empty();
    settings.secureCookies = Optional.empty();
    assertFalse(settings.secureCookies());
  }
}
