package com.srm.mentoring.identity.entity;

import java.time.Instant;
import java.util.Set;

/**
 * What the corporate directory says about a person at one moment: from a token at sign-in, or from
 * the directory itself during a sync.
 *
 * @param username the sign-in name
 * @param displayName the name shown to others
 * @param department the department, or null when the directory has none
 * @param grade the grade 1–10, or null when unknown
 * @param managerUsername the username of the person's manager, or null at the top
 * @param enabled whether the directory lets the person sign in
 * @param roles the global roles (directory groups) the person holds
 * @param statedAt when the directory said so: a token's issue time, or the time of a sync
 * @param email the person's mailbox, or null when the directory (or the token) names none
 * @param language the language of the person's profile (Keycloak's {@code locale}), or null when it
 *     names none
 */
public record DirectoryEntry(
    String username,
    String displayName,
    String department,
    Integer grade,
    String managerUsername,
    boolean enabled,
    Set<String> roles,
    Instant statedAt,
    String email,
    String language) {

  public DirectoryEntry {
    roles = roles == null ? Set.of() : Set.copyOf(roles);
    statedAt = statedAt == null ? Instant.now() : statedAt;
    email = email == null || email.isBlank() ? null : email.strip();
    language = language == null || language.isBlank() ? null : language.strip();
  }

  /** Reads a grade as the directory stores it: text. Anything but a whole number is unknown. */
  public static Integer parseGrade(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
