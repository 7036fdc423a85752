package com.srm.mentoring.pairing.rest;

import com.srm.mentoring.identity.entity.PersonName;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A person as the API names them.
 *
 * @param username the sign-in name
 * @param displayName the name shown to others
 */
@Schema(description = "A person by sign-in name and display name")
public record PersonRef(String username, String displayName) {

  /** A name the boundary read with its record. */
  public static PersonRef of(PersonName name) {
    return new PersonRef(name.username(), name.displayName());
  }
}
