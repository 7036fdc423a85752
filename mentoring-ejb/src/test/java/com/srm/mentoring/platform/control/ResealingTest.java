package com.srm.mentoring.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.platform.entity.ContentKeys;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResealingTest {

  static final String OLD = "2026-01:" + key('o');
  static final String NEW = "2026-07:" + key('n');

  static final ContentKeys BEFORE = ContentKeys.parse("k", OLD, null);
  static final ContentKeys ROTATED = ContentKeys.parse("k", NEW + "," + OLD, "2026-07");

  static String key(char fill) {
    return Base64.getEncoder().encodeToString(String.valueOf(fill).repeat(32).getBytes());
  }

  @Test
  void plainTextAndTextOfARetiredKeyAreSealedWithTheCurrentKeyNullStaysNull() {
    String current = ROTATED.seal("already current");
    Resealing.Row row =
        Resealing.reseal(
            ROTATED,
            Arrays.asList("written before sealing", BEFORE.seal("old key"), null, current));
    assertEquals(0, row.unreadable());
    assertEquals(2, row.changed());
    assertTrue(row.values().subList(0, 2).stream().allMatch(ROTATED::isCurrent), row.toString());
    assertEquals("written before sealing", ROTATED.open(row.values().get(0)));
    assertEquals("old key", ROTATED.open(row.values().get(1)));
    assertNull(row.values().get(2));
    assertEquals(current, row.values().get(3), "a value of the current key is not written again");
  }

  @Test
  void aRowSealedWithTheCurrentKeyChangesNothing() {
    Resealing.Row row = Resealing.reseal(ROTATED, List.of(ROTATED.seal("a"), ROTATED.seal("b")));
    assertEquals(0, row.changed());
    assertEquals(0, row.unreadable());
  }

  @Test
  void aValueOfAKeyNoLongerConfiguredIsLeftAsItWasTheOthersAreSealed() {
    ContentKeys withoutOld = ContentKeys.parse("k", NEW, null);
    String lost = BEFORE.seal("old key");
    Resealing.Row row = Resealing.reseal(withoutOld, Arrays.asList("plain", lost));
    assertEquals(1, row.unreadable());
    assertEquals(1, row.changed());
    assertEquals("plain", withoutOld.open(row.values().get(0)));
    assertEquals(lost, row.values().get(1), "written back exactly as it was stored");
  }
}
