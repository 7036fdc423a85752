package com.srm.mentoring.charter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.srm.mentoring.charter.web.CharterText.Block;
import com.srm.mentoring.charter.web.CharterText.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class CharterTextTest {

  private final CharterText text = new CharterText();

  @Test
  void rulesWrittenWithHyphensAreOneListWithoutTheHyphens() {
    assertEquals(
        List.of(new Block(Kind.BULLETS, List.of("Sessions are for learning.", "Leave any time."))),
        text.blocks("- Sessions are for learning.\n- Leave any time."));
  }

  @Test
  void numberedStepsAreAnOrderedListBetweenTheirParagraphs() {
    assertEquals(
        List.of(
            new Block(Kind.PARAGRAPH, List.of("If something troubles you, raise a concern.")),
            new Block(Kind.STEPS, List.of("A conversation.", "Mediation.", "A change.")),
            new Block(Kind.PARAGRAPH, List.of("You may go straight to step 2."))),
        text.blocks(
            "If something troubles you, raise a concern.\n1. A conversation.\n2. Mediation.\n"
                + "3. A change.\nYou may go straight to step 2."));
  }

  @Test
  void everyOtherLineIsAParagraphOfItsOwnAndBlankLinesSeparateLists() {
    assertEquals(
        List.of(
            new Block(Kind.PARAGRAPH, List.of("First.")),
            new Block(Kind.PARAGRAPH, List.of("Second.")),
            new Block(Kind.BULLETS, List.of("a")),
            new Block(Kind.BULLETS, List.of("b"))),
        text.blocks("First.\r\nSecond.\n- a\n\n- b\n"));
  }

  @Test
  void aHyphenInsideALineOrWithoutASpaceIsText() {
    assertEquals(
        List.of(new Block(Kind.PARAGRAPH, List.of("-5 degrees - cold"))),
        text.blocks("-5 degrees - cold"));
    assertEquals(List.of(), text.blocks(null));
  }
}
