package com.srm.mentoring.pairing.rest;

import com.srm.mentoring.identity.boundary.People;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.entity.PersonName;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.SecurityContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Turns the subjects the program's records keep into the names the API shows, once per request. */
@RequestScoped
public class PersonRefs {

  /**
   * A person as the API names them.
   *
   * @param username the sign-in name
   * @param displayName the name shown to others
   */
  public record PersonRef(String username, String displayName) {

    /** A name the boundary read with its record. */
    public static PersonRef of(PersonName name) {
      return new PersonRef(name.username(), name.displayName());
    }
  }

  @Inject People people;

  private final Map<String, PersonRef> known = new HashMap<>();

  public PersonRef of(String subject) {
    return known.computeIfAbsent(
        subject,
        s ->
            people
                .find(s)
                .map(p -> new PersonRef(p.getUsername(), p.getDisplayName()))
                .orElse(new PersonRef(null, "unknown")));
  }

  public Optional<Person> caller(SecurityContext security) {
    return security.getUserPrincipal() == null ? Optional.empty() : people.caller();
  }
}
