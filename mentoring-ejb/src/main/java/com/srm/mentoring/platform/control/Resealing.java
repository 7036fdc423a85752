package com.srm.mentoring.platform.control;

import com.srm.mentoring.platform.entity.ContentKeys;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Seals the values of one row again with the current content key: plain text written before content
 * was sealed, and text sealed with a key a rotation retired. What is sealed with the current key,
 * and null, stay as they are.
 */
public final class Resealing {

  private Resealing() {}

  /**
   * The row's values sealed with the current key.
   *
   * @param values the stored values, some of them null
   * @return the values to write, how many of them changed, and how many could not be opened (their
   *     key is not configured, or they were changed outside the application): those are written
   *     back exactly as they were stored
   */
  public static Row reseal(ContentKeys keys, List<String> values) {
    List<String> sealed = new ArrayList<>(values.size());
    int changed = 0;
    int unreadable = 0;
    for (String value : values) {
      if (keys.isCurrent(value)) {
        sealed.add(value);
        continue;
      }
      try {
        sealed.add(keys.seal(keys.open(value)));
        changed++;
      } catch (IllegalStateException cannotOpen) {
        sealed.add(value);
        unreadable++;
      }
    }
    return new Row(sealed, changed, unreadable);
  }

  /** A row's values after re-sealing, how many changed, and how many could not be opened. */
  public record Row(List<String> values, int changed, int unreadable) {

    public Row {
      values = Collections.unmodifiableList(new ArrayList<>(values));
    }
  }
}
