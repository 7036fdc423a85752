package com.srm.mentoring.testsupport;

import java.util.List;
import java.util.UUID;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/** People created in the directory for one test, so that no test shares a person's state. */
public final class NewPeople {

  private NewPeople() {}

  /**
   * Creates a person with the password {@code demo} in the given groups, and answers the username.
   */
  public static String create(String prefix, String... groups) {
    String username = prefix + UUID.randomUUID().toString().substring(0, 8);
    try (Keycloak admin = Tokens.admin()) {
      UserRepresentation person = new UserRepresentation();
      person.setUsername(username);
      person.setFirstName("Test");
      person.setLastName(prefix);
      person.setEmail(username + "@example.org");
      person.setEmailVerified(true);
      person.setEnabled(true);
      person.setGroups(List.of(groups));
      CredentialRepresentation password = new CredentialRepresentation();
      password.setType(CredentialRepresentation.PASSWORD);
      password.setValue("demo");
      password.setTemporary(false);
      person.setCredentials(List.of(password));
      admin.realm(KeycloakServer.REALM).users().create(person).close();
    }
    return username;
  }
}
