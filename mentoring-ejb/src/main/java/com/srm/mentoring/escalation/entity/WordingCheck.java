package com.srm.mentoring.escalation.entity;

import com.srm.mentoring.platform.entity.Refusal;
import java.util.Arrays;
import java.util.Locale;

/**
 * Whether a text repeats a concern: its whole title, or a run of {@value #REPEATED_WORDS}
 * consecutive words of its description, ignoring case and punctuation. HR reads the reason of an
 * adjustment asked for, and must not learn the concern from it (docs/rules.md, concerns).
 *
 * @param title the concern's title; null once erased
 * @param description the concern's description; null once erased
 */
public record WordingCheck(String title, String description) {

  /** How many consecutive words of the description a reason may not repeat. */
  public static final int REPEATED_WORDS = 5;

  /**
   * @throws Refusal naming the field when the text repeats the title or the description
   */
  public void requireNotRepeatedIn(String field, String text) {
    String said = " " + words(text) + " ";
    String heading = words(title);
    if (!heading.isEmpty() && said.contains(" " + heading + " ")) {
      throw Refusal.invalid(field, "refusal.concern.repeatsTitle");
    }
    String[] told = words(description).split(" ");
    int run = Math.min(REPEATED_WORDS, told.length);
    for (int i = 0; run > 0 && !told[0].isEmpty() && i + run <= told.length; i++) {
      String passage = String.join(" ", Arrays.copyOfRange(told, i, i + run));
      if (said.contains(" " + passage + " ")) {
        throw Refusal.invalid(field, "refusal.concern.repeatsDescription");
      }
    }
  }

  /** Lower case words separated by one space, punctuation dropped, for comparing wording. */
  static String words(String text) {
    return text == null
        ? ""
        : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
