package com.srm.mentoring.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

  @Test
  void formsPostToTheApplicationAndToKeycloakOnlyAndNoBaseMovesTheLinks() {
    String policy = SecurityHeaders.policy(HttpSettings.origin("https://SSO.example.org/auth/"));
    assertTrue(policy.contains("; form-action 'self' https://sso.example.org;"), policy);
    assertTrue(policy.contains("; base-uri 'none';"), policy);
    assertTrue(policy.endsWith("script-src 'self'"), "PrimeFaces appends its nonce: " + policy);
  }

  @Test
  void theOriginKeepsAPortThatIsNamed() {
    assertEquals("http://127.0.0.1:8180", HttpSettings.origin("http://127.0.0.1:8180"));
    assertThrows(IllegalArgumentException.class, () -> HttpSettings.origin("sso.example.org"));
  }

  @Test
  void thePolicyOfAPageCarriesThePageScriptsNonce() {
    String policy = SecurityHeaders.policy("http://127.0.0.1:8180");
    assertEquals(
        policy + " 'nonce-AbC+/9=='",
        SecurityHeaders.withNonceOf(
            policy, "default-src 'self'; script-src 'self' 'nonce-AbC+/9=='"));
    assertEquals(policy, SecurityHeaders.withNonceOf(policy, "default-src 'self'"));
  }
}
