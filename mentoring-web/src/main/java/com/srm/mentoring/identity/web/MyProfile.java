package com.srm.mentoring.identity.web;

import com.srm.mentoring.identity.boundary.People;
import com.srm.mentoring.identity.entity.Person;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The signed-in person's own record, as the directory and the application know it. */
@Named
@RequestScoped
public class MyProfile {

  @Inject People people;

  @Inject ExternalContext external;

  private Person person;
  private List<String> roles;

  public void load() {
    if (external.getSessionMap().get(SignedIn.ATTRIBUTE) instanceof SignedIn signedIn) {
      person = people.find(signedIn.subject()).orElse(null);
    }
    roles = person == null ? List.of() : person.getRoles();
  }

  public Person getPerson() {
    return person;
  }

  public List<String> getRoles() {
    return roles;
  }
}
