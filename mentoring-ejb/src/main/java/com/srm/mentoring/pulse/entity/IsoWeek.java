package com.srm.mentoring.pulse.entity;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** The ISO-8601 week of a day, as {@code 2026-W48}: the finest time an answer carries. */
public final class IsoWeek {

  private IsoWeek() {}

  public static String of(LocalDate day) {
    return "%04d-W%02d"
        .formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
