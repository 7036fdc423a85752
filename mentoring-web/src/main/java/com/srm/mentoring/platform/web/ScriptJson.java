package com.srm.mentoring.platform.web;

import jakarta.json.JsonValue;

/**
 * JSON to be written into a page's {@code <script>} block, such as a chart's configuration: text
 * people entered (a cohort's name) stays text there. JSON escapes quotes and backslashes, but not
 * what ends a script block or starts markup; written as {@code \}{@code u} escapes, {@code <},
 * {@code >}, {@code &} and the apostrophe cannot close the script or the page's HTML, and the line
 * separators U+2028 and U+2029 cannot end a line of script. The data reads the same.
 */
public final class ScriptJson {

  private ScriptJson() {}

  public static String of(JsonValue json) {
    return encode(json.toString());
  }

  /** Escapes JSON text; outside its strings, JSON has none of these characters. */
  static String encode(String json) {
    StringBuilder safe = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<', '>', '&', '\'', '\u2028', '\u2029' ->
            safe.append(String.format("\\u%04x", (int) c));
        default -> safe.append(c);
      }
    }
    return safe.toString();
  }
}
