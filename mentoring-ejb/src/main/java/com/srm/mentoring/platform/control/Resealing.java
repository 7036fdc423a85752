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
   * @return the values to write, and how many of them changed; none changed when a value cannot be
   *     opened (its key is not configured, or it was changed outside the application), and the row
   *     is then left as it is
   */
  public static Row reseal(ContentKeys keys, List<String> values) {
    List<String> sealed = new ArrayList<>(values.size());
    int changed = 0;
    for (String value : values) {
      if (keys.isCurrent(value)) {
        sealed.add(value);
        continue;
      }
      try {
        sealed.add(keys.seal(keys.open(value)));
        changed++;
      } catch (IllegalStateException cannotOpen) {
        return new Row(values, 0, true);
      }
    }
    return new Row(sealed, changed, false);
  }

  /** A row's values after re-sealing, how many changed, and whether one could not be opened. */
  public record Row(List<String> values, int changed, boolean unreadable) {

    public Row {
      values = Collections.unmodifiableList(new ArrayList<>(values));
    }
  }
}
