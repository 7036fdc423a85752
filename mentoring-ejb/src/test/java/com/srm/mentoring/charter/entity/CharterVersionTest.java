package com.srm.mentoring.charter.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.platform.entity.Refusal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CharterVersionTest {

  static CharterVersion draft(int version) {
    return new CharterVersion(version, "Rules\r\n", " Secret ", "Path", "Script", Instant.now());
  }

  @Test
  void theCanonicalTextHasFixedHeadingsAndLineEnds() {
    assertEquals(
        "Charter version 2\n\nGround rules\nRules\n\nConfidentiality\nSecret\n\n"
            + "Escalation path\nPath\n\nFacilitator's opening script\nScript\n",
        draft(2).canonicalText());
  }

  @Test
  void publishingFixesTheHashAndEndsEditing() {
    CharterVersion version = draft(2);
    assertNull(version.getHash());
    assertFalse(version.isIntact(), "a draft has no hash to match");
    version.publish("hana", Instant.now());
    assertTrue(version.isIntact());
    assertTrue(version.hasHash(version.getHash().toUpperCase()));
    assertFalse(version.hasHash("0".repeat(64)));
    assertThrows(Refusal.class, () -> version.revise("a", "b", "c", "d"));
    assertThrows(Refusal.class, () -> version.publish("hana", Instant.now()));
  }

  @Test
  void theSameTextUnderAnotherVersionHasAnotherHash() {
    CharterVersion two = draft(2);
    CharterVersion three = draft(3);
    two.publish("hana", Instant.now());
    three.publish("hana", Instant.now());
    assertNotEquals(two.getHash(), three.getHash());
  }

  @Test
  void aSignatureCoversItsLinkAndItsFields() {
    CharterVersion version = draft(1);
    version.publish("hana", Instant.now());
    Signer jun = new Signer("sub-jun", "jun", "Jun T", Instant.now(), "127.0.0.1", "x".repeat(900));
    Signature first = new Signature(1, version, jun, Instant.now(), Signature.GENESIS);
    Signature second = new Signature(2, version, jun, Instant.now(), first.hashBytes());
    assertTrue(first.isIntact());
    assertTrue(first.follows(null));
    assertTrue(second.follows(first));
    assertFalse(first.follows(second));
    assertEquals(Signer.USER_AGENT_LENGTH, first.getUserAgent().length(), "a long agent is cut");
    assertThrows(
        Refusal.class,
        () -> new Signature(3, draft(4), jun, Instant.now(), second.hashBytes()),
        "a draft cannot be signed");
  }
}
