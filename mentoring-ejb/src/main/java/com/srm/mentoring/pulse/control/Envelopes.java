package com.srm.mentoring.pulse.control;

import com.srm.mentoring.platform.control.ContentCipher;
import com.srm.mentoring.platform.entity.ContentKeys;
import com.srm.mentoring.platform.entity.Refusal;
import com.srm.mentoring.pulse.entity.Answer;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers sealed with the content keys ({@link ContentCipher}) for the stretches where they must
 * not lie in the clear: in {@code pulse_inbox} beside the participation row written with them, and
 * in {@code pulse_outbox} beside the participation rows settled with them. One answer is written
 * {@code 4,5,3}, several are separated by {@code ;}, so that every sealed single answer has the
 * same length whatever its values.
 */
public final class Envelopes {

  private Envelopes() {}

  /** The answers, in this order, sealed as one value. */
  public static String seal(List<Answer> answers) {
    if (answers.isEmpty()) {
      throw new IllegalArgumentException("an envelope holds at least one answer");
    }
    StringBuilder text = new StringBuilder();
    for (Answer answer : answers) {
      if (!text.isEmpty()) {
        text.append(';');
      }
      text.append(answer.spokeOpenly())
          .append(',')
          .append(answer.feltHeard())
          .append(',')
          .append(answer.wouldRecommend());
    }
    return ContentCipher.seal(text.toString());
  }

  /**
   * The answers a sealed value holds, in the order they were sealed.
   *
   * @throws IllegalStateException when the value is not sealed, or not a list of answers
   */
  public static List<Answer> open(String sealed) {
    if (sealed == null || !sealed.startsWith(ContentKeys.PREFIX)) {
      throw new IllegalStateException("a pulse envelope is stored unsealed");
    }
    List<Answer> answers = new ArrayList<>();
    for (String one : ContentCipher.open(sealed).split(";")) {
      String[] values = one.split(",");
      if (values.length != Answer.QUESTIONS.length) {
        throw new IllegalStateException("a pulse envelope holds something else than answers");
      }
      try {
        answers.add(
            new Answer(
                Integer.parseInt(values[0]),
                Integer.parseInt(values[1]),
                Integer.parseInt(values[2])));
      } catch (IllegalArgumentException | Refusal notAnAnswer) {
        throw new IllegalStateException("a pulse envelope holds something else than answers");
      }
    }
    return answers;
  }
}
