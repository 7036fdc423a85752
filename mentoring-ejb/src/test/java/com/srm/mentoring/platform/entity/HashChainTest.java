package com.srm.mentoring.platform.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HashChainTest {

  static boolean hashAlike(int encoding, String[] a, String[] b) {
    return Arrays.equals(
        HashChain.link(HashChain.GENESIS, HashChain.canonical(encoding, a)),
        HashChain.link(HashChain.GENESIS, HashChain.canonical(encoding, b)));
  }

  @Test
  void nullAndEmptyHashDifferently() {
    assertFalse(
        hashAlike(HashChain.CURRENT, new String[] {"1", null}, new String[] {"1", ""}),
        "a missing value is not an empty one");
  }

  @Test
  void aSeparatorInsideAFieldCannotShiftTheFields() {
    assertFalse(
        hashAlike(
            HashChain.CURRENT, new String[] {"a\u001fb", "c"}, new String[] {"a", "b\u001fc"}));
    assertFalse(hashAlike(HashChain.CURRENT, new String[] {"ab", "c"}, new String[] {"a", "bc"}));
    assertFalse(hashAlike(HashChain.CURRENT, new String[] {"a b"}, new String[] {"a\u001fb"}));
  }

  @Test
  void theFirstEncodingStaysAsItWasForRecordsWrittenWithIt() {
    // what records written before the length-prefixed encoding were hashed over
    assertArrayEquals(
        "7\u001f\u001fjun".getBytes(StandardCharsets.UTF_8),
        HashChain.canonical(HashChain.JOINED, "7", null, "jun"));
    assertArrayEquals(
        HashChain.canonical(HashChain.JOINED, "7", ""),
        HashChain.canonical(HashChain.JOINED, "7", null));
  }

  @Test
  void theCurrentEncodingWritesMarkersAndLengths() {
    assertArrayEquals(
        new byte[] {2, 1, 0, 0, 0, 1, '7', 0, 1, 0, 0, 0, 0},
        HashChain.canonical(HashChain.CURRENT, "7", null, ""));
    assertEquals(HashChain.LENGTH_PREFIXED, HashChain.CURRENT);
  }

  @Test
  void anUnknownEncodingIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> HashChain.canonical(3, "x"));
    assertEquals("unknown hash encoding 3", e.getMessage());
  }
}
