package com.srm.mentoring.identity.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.srm.mentoring.identity.entity.Roles;
import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.CharterSigning;
import com.srm.mentoring.testsupport.KeycloakServer;
import com.srm.mentoring.testsupport.SharedApplication;
import com.srm.mentoring.testsupport.Tokens;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Each global role on its own, with nothing else: what it opens and what stays closed. People with
 * exactly one role are made in Keycloak for this, so that no second role can let them in.
 */
@ExtendWith(SharedApplication.class)
class RolesIT {

  @ApplicationUrl URL base;

  /** A new person in the directory holding only {@code groups}; answers their access token. */
  static String personWithOnly(List<String> groups) throws Exception {
    String username = "only-" + UUID.randomUUID().toString().substring(0, 8);
    try (Keycloak admin = Tokens.admin()) {
      UserRepresentation user = new UserRepresentation();
      user.setUsername(username);
      user.setFirstName("Only");
      user.setLastName(groups.isEmpty() ? "Nobody" : groups.get(0));
      user.setEmail(username + "@example.org");
      user.setEmailVerified(true);
      user.setEnabled(true);
      user.setGroups(groups.stream().map(g -> "/" + g).toList());
      CredentialRepresentation password = new CredentialRepresentation();
      password.setType(CredentialRepresentation.PASSWORD);
      password.setValue("demo");
      password.setTemporary(false);
      user.setCredentials(List.of(password));
      admin.realm(KeycloakServer.REALM).users().create(user).close();
    }
    return Tokens.of(username);
  }

  /** Calls that each open to exactly one role, apart from HR's cohort listing for facilitators. */
  static final Map<String, String> ONLY_FOR =
      Map.of(
          "audit/entries", Roles.AUDITOR,
          "directory/people", Roles.HR_ADMIN,
          "cohorts", Roles.FACILITATOR);

  @Test
  void eachRoleAloneOpensTheCharterAndOnlyItsOwnRecords() throws Exception {
    Api api = new Api(base);
    for (String role : Roles.ALL) {
      String token = personWithOnly(List.of(role));
      assertEquals(200, api.get("charter/current", token).statusCode(), role);
      CharterSigning.signCurrent(api, token);
      for (Map.Entry<String, String> call : ONLY_FOR.entrySet()) {
        boolean allowed =
            call.getValue().equals(role)
                || (call.getKey().equals("cohorts") && role.equals(Roles.HR_ADMIN));
        assertEquals(
            allowed ? 200 : 404,
            api.get(call.getKey(), token).statusCode(),
            role + " on " + call.getKey());
      }
    }
  }

  @Test
  void someoneWithoutARoleReadsOnlyTheirOwnRecord() throws Exception {
    Api api = new Api(base);
    String token = personWithOnly(List.of());
    assertEquals(200, api.get("me", token).statusCode());
    assertEquals(404, api.get("charter/current", token).statusCode());
    assertEquals(404, api.get("me/status", token).statusCode());
    assertEquals(403, api.post("me/withdrawal", token, "{}").statusCode());
    for (String call : ONLY_FOR.keySet()) {
      assertEquals(404, api.get(call, token).statusCode(), call);
    }
  }
}
