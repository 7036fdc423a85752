package com.srm.mentoring.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class ContentKeysTest {

  static final String OLD = "2026-01:" + key('o');
  static final String NEW = "2026-07:" + key('n');

  static String key(char fill) {
    return Base64.getEncoder().encodeToString(String.valueOf(fill).repeat(32).getBytes());
  }

  @Test
  void sealedTextOpensAgainAndShowsNothingOfIt() {
    ContentKeys keys = ContentKeys.parse("k", NEW, "2026-07");
    String sealed = keys.seal("My manager shouts at me — ärgerlich");
    assertTrue(sealed.startsWith("enc:v1:2026-07:"), sealed);
    assertFalse(sealed.contains("manager"), sealed);
    assertEquals("My manager shouts at me — ärgerlich", keys.open(sealed));
    assertNotEquals(sealed, keys.seal("My manager shouts at me — ärgerlich"), "a fresh nonce");
    assertNull(keys.seal(null));
  }

  @Test
  void aRetiredKeyStillOpensWhatItSealedWhileTheCurrentOneSealsNewText() {
    String sealedOld = ContentKeys.parse("k", OLD, null).seal("before the rotation");
    ContentKeys rotated = ContentKeys.parse("k", NEW + "," + OLD, "2026-07");
    assertEquals("before the rotation", rotated.open(sealedOld));
    assertFalse(rotated.isCurrent(sealedOld));
    assertTrue(rotated.isCurrent(rotated.seal("after")));
    IllegalStateException dropped =
        assertThrows(
            IllegalStateException.class, () -> ContentKeys.parse("k", NEW, null).open(sealedOld));
    assertTrue(dropped.getMessage().contains("2026-01"), dropped.getMessage());
  }

  @Test
  void aChangedCiphertextIsRefusedNotOpenedToSomethingElse() {
    ContentKeys keys = ContentKeys.parse("k", NEW, null);
    String sealed = keys.seal("a note");
    String prefix = sealed.substring(0, sealed.lastIndexOf(':') + 1);
    byte[] bytes = Base64.getDecoder().decode(sealed.substring(prefix.length()));
    bytes[bytes.length / 2] ^= 1;
    String changed = prefix + Base64.getEncoder().encodeToString(bytes);
    assertThrows(IllegalStateException.class, () -> keys.open(changed));
  }

  @Test
  void textStoredBeforeSealingIsAnsweredAsItIs() {
    assertEquals("plain", ContentKeys.parse("k", NEW, null).open("plain"));
  }

  @Test
  void badKeysAreNamedWithoutShowingThem() {
    IllegalArgumentException shortKey =
        assertThrows(
            IllegalArgumentException.class,
            () -> ContentKeys.parse("mentoring.content.keys", "a:" + key('x').substring(8), null));
    assertTrue(shortKey.getMessage().startsWith("mentoring.content.keys: the key a has"));
    IllegalArgumentException unknown =
        assertThrows(IllegalArgumentException.class, () -> ContentKeys.parse("k", NEW, "nope"));
    assertTrue(unknown.getMessage().contains("nope"));
  }

  @Test
  void aSealedValueNamesItsKeyAndAMalformedOneIsRefused() {
    ContentKeys keys = ContentKeys.parse("k", NEW + "," + OLD, "2026-07");
    assertEquals(java.util.Optional.of("2026-07"), ContentKeys.keyIdOf(keys.seal("x")));
    assertEquals(java.util.Optional.empty(), ContentKeys.keyIdOf("plain"));
    assertEquals(java.util.Set.of("2026-07", "2026-01"), keys.ids());
    assertThrows(IllegalStateException.class, () -> keys.open("enc:v1:2026-07:not base64!"));
    assertThrows(IllegalStateException.class, () -> keys.open("enc:v1:2026-07:AAAA"));
  }
}
