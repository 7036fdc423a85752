package com.srm.mentoring.charter.entity;

import java.time.Instant;

/**
 * A charter version as HR's list shows it.
 *
 * @param version the version number
 * @param state draft or published
 * @param publishedAt when it was published, or null for the draft
 * @param hash its hash as hex, or null for the draft
 * @param signatures how many people signed it
 */
public record VersionSummary(
    int version, CharterState state, Instant publishedAt, String hash, long signatures) {

  public boolean isPublished() {
    return state == CharterState.PUBLISHED;
  }
}
