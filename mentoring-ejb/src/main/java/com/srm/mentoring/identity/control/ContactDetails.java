package com.srm.mentoring.identity.control;

/**
 * How the directory says a person is reached: their mailbox and the language of their profile.
 *
 * @param email the mailbox, or null when the profile names none
 * @param language the language tag (Keycloak's {@code locale}), or null when the profile names none
 */
public record ContactDetails(String email, String language) {

  public ContactDetails {
    email = email == null || email.isBlank() ? null : email.strip();
    language = language == null || language.isBlank() ? null : language.strip();
  }
}
