package com.srm.mentoring.identity.control;

import com.srm.mentoring.identity.entity.DirectoryEntry;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Reads the product's claims out of a token's claim set, whatever library parsed it. */
public final class Claims {

  private Claims() {}

  /**
   * What a token says about its bearer, as of its issue time. Keycloak issues tokens only to
   * enabled people, so a token states "enabled" for that moment; the record ignores it when the
   * directory disabled the person after the token was issued.
   */
  public static DirectoryEntry directoryEntry(Map<String, Object> claims) {
    return new DirectoryEntry(
        text(claims, "preferred_username"),
        text(claims, "name"),
        text(claims, "department"),
        DirectoryEntry.parseGrade(text(claims, "grade")),
        text(claims, "manager"),
        true,
        groups(claims),
        issuedAt(claims),
        text(claims, "email"),
        text(claims, "locale"));
  }

  /**
   * When the person last authenticated: the {@code auth_time} claim, or the token's issue time
   * where the token does not carry it.
   */
  public static Instant authenticatedAt(Map<String, Object> claims) {
    Instant authTime = instant(claims.get("auth_time"));
    return authTime != null ? authTime : issuedAt(claims);
  }

  /** When the token was issued: its statement about roles is as old as that. */
  static Instant issuedAt(Map<String, Object> claims) {
    return instant(claims.get("iat"));
  }

  private static Instant instant(Object iat) {
    if (iat instanceof Date date) {
      return date.toInstant();
    }
    if (iat instanceof Instant instant) {
      return instant;
    }
    if (iat instanceof Number seconds) {
      return Instant.ofEpochSecond(seconds.longValue());
    }
    return null;
  }

  public static Set<String> groups(Map<String, Object> claims) {
    Set<String> groups = new LinkedHashSet<>();
    if (claims.get("groups") instanceof Collection<?> values) {
      values.forEach(v -> groups.add(String.valueOf(v).replaceFirst("^/", "")));
    }
    return groups;
  }

  static String text(Map<String, Object> claims, String name) {
    Object value = claims.get(name);
    return value == null ? null : String.valueOf(value);
  }
}
