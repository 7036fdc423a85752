package com.srm.mentoring.testsupport;

import java.util.List;
import java.util.Map;
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
    return create(prefix, Map.of(), groups);
  }

  /**
   * Creates a person of this grade, reporting to nobody, as the pairing rules need one: a junior
   * mentor is graded below the senior they mentor.
   */
  public static String graded(String prefix, int grade, String... groups) {
    return create(
        prefix,
        Map.of("grade", List.of(Integer.toString(grade)), "department", List.of("Testing")),
        groups);
  }

  private static String create(
      String prefix, Map<String, List<String>> attributes, String... groups) {
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
      if (!attributes.isEmpty()) {
        person.setAttributes(attributes);
      }
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
