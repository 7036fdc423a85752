package com.srm.mentoring.identity.entity;

import java.io.Serializable;

/**
 * A person as read models name them: the sign-in name and the name shown to others, read with the
 * record they belong to rather than looked up one by one.
 *
 * @param username the sign-in name; null for a subject the application does not know
 * @param displayName the name shown to others
 */
public record PersonName(String username, String displayName) implements Serializable {

  /** A subject without a person record: it has no sign-in name to show. */
  public static final PersonName UNKNOWN = new PersonName(null, "unknown");

  /** Whether this is the person signed in as {@code username}. */
  public boolean is(String username) {
    return this.username != null && this.username.equals(username);
  }
}
