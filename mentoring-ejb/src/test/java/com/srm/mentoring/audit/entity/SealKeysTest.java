package com.srm.mentoring.audit.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SealKeysTest {

  static final String OLD = "old:" + Base64.getEncoder().encodeToString(new byte[32]);
  static final String NEW =
      "new:" + Base64.getEncoder().encodeToString("thirty-two bytes of a new secret".getBytes());

  static Seal sealWith(SealKeys keys) {
    Seal unsigned =
        new Seal(1, 10, new byte[32], Instant.now(), keys.currentId(), Seal.GENESIS, Seal.GENESIS);
    return new Seal(
        1,
        10,
        unsigned.headHash(),
        unsigned.sealedAt(),
        unsigned.keyId(),
        Seal.GENESIS,
        keys.sign(unsigned.signedBytes()));
  }

  @Test
  void aSealMadeBeforeARotationStillChecksOut() {
    Seal old = sealWith(SealKeys.parse(OLD, "old"));
    assertTrue(SealKeys.parse(NEW + "," + OLD, "new").isGenuine(old));
    assertFalse(SealKeys.parse(NEW, "new").isGenuine(old), "not once its key is gone");
  }

  @Test
  void aChangedSealDoesNotCheckOut() {
    SealKeys keys = SealKeys.parse(OLD, "old");
    Seal seal = sealWith(keys);
    Seal moved =
        new Seal(1, 11, seal.headHash(), seal.sealedAt(), seal.keyId(), seal.prevMac(), seal.mac());
    assertFalse(keys.isGenuine(moved));
  }

  @Test
  void unusableKeysAreRefusedWithoutShowingThem() {
    String shortKey = "short:" + Base64.getEncoder().encodeToString(new byte[8]);
    for (String[] wrong :
        new String[][] {
          {shortKey, "short"},
          {"nocolon", "x"},
          {"bad:!!!", "bad"},
          {OLD + "," + OLD, "old"},
          {"a key:" + Base64.getEncoder().encodeToString(new byte[32]), "a key"},
          {"a\u001fb:" + Base64.getEncoder().encodeToString(new byte[32]), "a\u001fb"},
          {OLD, "new"}
        }) {
      IllegalArgumentException refused =
          assertThrows(IllegalArgumentException.class, () -> SealKeys.parse(wrong[0], wrong[1]));
      assertTrue(refused.getMessage().startsWith("mentoring.audit.seal."), refused.getMessage());
      assertFalse(refused.getMessage().contains("AAAAAAAA"), "no key in the message");
    }
  }
}
