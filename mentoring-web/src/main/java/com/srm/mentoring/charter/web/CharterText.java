package com.srm.mentoring.charter.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A charter section as the page shows it: HR writes each section as plain lines, rules as lines
 * starting with "- " and steps as lines starting with "1. ", "2. "; the page shows those as a real
 * list, which a screen reader announces with its length, and every other line as a paragraph. The
 * text itself stays as HR wrote it, since its hash is what people sign.
 */
@Named
@ApplicationScoped
public class CharterText {

  /** What a block of a section is shown as. */
  public enum Kind {
    PARAGRAPH,
    BULLETS,
    STEPS
  }

  /** A paragraph (one item) or a list (its items, without their markers). */
  public record Block(Kind kind, List<String> items) {
    public boolean isList() {
      return kind != Kind.PARAGRAPH;
    }

    public boolean isSteps() {
      return kind == Kind.STEPS;
    }
  }

  private static final Pattern BULLET = Pattern.compile("^\\s*[-*•]\\s+(.*)$");
  private static final Pattern STEP = Pattern.compile("^\\s*\\d+[.)]\\s+(.*)$");

  /** The blocks of {@code section}, in order; blank lines only separate them. */
  public List<Block> blocks(String section) {
    List<Block> blocks = new ArrayList<>();
    if (section == null) {
      return blocks;
    }
    Kind open = null;
    List<String> items = null;
    for (String line : section.split("\\R")) {
      if (line.isBlank()) {
        open = null;
        continue;
      }
      Matcher bullet = BULLET.matcher(line);
      Matcher step = STEP.matcher(line);
      Kind kind;
      String item;
      if (bullet.matches()) {
        kind = Kind.BULLETS;
        item = bullet.group(1);
      } else if (step.matches()) {
        kind = Kind.STEPS;
        item = step.group(1);
      } else {
        kind = Kind.PARAGRAPH;
        item = line.strip();
      }
      if (kind == Kind.PARAGRAPH || kind != open) {
        items = new ArrayList<>();
        blocks.add(new Block(kind, items));
      }
      items.add(item.strip());
      open = kind == Kind.PARAGRAPH ? null : kind;
    }
    return blocks.stream().map(b -> new Block(b.kind(), List.copyOf(b.items()))).toList();
  }
}
