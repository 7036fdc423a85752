package com.srm.mentoring.identity.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.CharterSigning;
import com.srm.mentoring.testsupport.KeycloakServer;
import com.srm.mentoring.testsupport.SharedApplication;
import com.srm.mentoring.testsupport.Tokens;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/** The directory through Keycloak's admin API: sync, appointing and removing roles. */
@ExtendWith(SharedApplication.class)
public class DirectoryIT {

  @ApplicationUrl URL base;

  @Test
  void onlyHrReachesTheDirectory() throws Exception {
    Api api = new Api(base);
    assertEquals(401, api.post("directory/sync", null, "").statusCode());
    for (String refused : new String[] {"jun", "farid", "audrey"}) {
      assertEquals(403, api.post("directory/sync", Tokens.of(refused), "").statusCode(), refused);
      assertEquals(
          403, api.put("directory/people/sam/roles/auditor", Tokens.of(refused)).statusCode());
    }
  }

  @Test
  void syncFollowsChangedAttributesAndDisabledPeople() throws Exception {
    Api api = new Api(base);
    try (Keycloak admin = Tokens.admin()) {
      UserResource ken = user(admin, "ken");
      UserResource nora = user(admin, "nora");
      try {
        // everybody known to the application first, so that the changes below are changes
        assertEquals(200, api.post("directory/sync", Tokens.of("hana"), "").statusCode());
        UserRepresentation kenNow = ken.toRepresentation();
        kenNow.getAttributes().put("grade", List.of("5"));
        ken.update(kenNow);
        UserRepresentation noraNow = nora.toRepresentation();
        noraNow.setEnabled(false);
        nora.update(noraNow);

        HttpResponse<String> report = api.post("directory/sync", Tokens.of("hana"), "");
        assertEquals(200, report.statusCode(), report.body());
        JsonObject changes = Api.json(report).asJsonObject();
        assertFalse(changes.containsKey("failure"), report.body());
        assertTrue(changes.getJsonArray("updated").toString().contains("\"ken\""), report.body());
        assertTrue(
            changes.getJsonArray("deactivated").toString().contains("\"nora\""), report.body());

        var people = Api.json(api.get("directory/people", Tokens.of("hana"))).asJsonArray();
        JsonObject kenRecord = person(people, "ken");
        assertEquals(5, kenRecord.getInt("grade"));
        assertTrue(kenRecord.getBoolean("active"));
        assertFalse(person(people, "nora").getBoolean("active"));
      } finally {
        UserRepresentation kenBack = ken.toRepresentation();
        kenBack.getAttributes().put("grade", List.of("4"));
        ken.update(kenBack);
        UserRepresentation noraBack = nora.toRepresentation();
        noraBack.setEnabled(true);
        nora.update(noraBack);
      }
    }
  }

  @Test
  void appointedFacilitatorLosesTheRoleAtTheNextRequestDespiteTheirToken() throws Exception {
    Api api = new Api(base);
    String hana = Tokens.of("hana");
    assertEquals(200, api.get("me", Tokens.of("jun")).statusCode());
    try (Keycloak admin = Tokens.admin()) {
      try {
        HttpResponse<String> appointed = api.put("directory/people/jun/roles/facilitator", hana);
        assertEquals(200, appointed.statusCode(), appointed.body());
        assertTrue(groups(user(admin, "jun")).contains("facilitator"));

        String junAsFacilitator = Tokens.of("jun");
        CharterSigning.signCurrent(api, junAsFacilitator);
        assertEquals(200, api.get("cohorts", junAsFacilitator).statusCode());

        HttpResponse<String> removed = api.delete("directory/people/jun/roles/facilitator", hana);
        assertEquals(200, removed.statusCode(), removed.body());
        assertFalse(groups(user(admin, "jun")).contains("facilitator"));
        assertEquals(404, api.get("cohorts", junAsFacilitator).statusCode());
      } finally {
        api.delete("directory/people/jun/roles/facilitator", hana);
      }
    }
  }

  @Test
  void hrCannotHandOutRolesItDoesNotManage() throws Exception {
    HttpResponse<String> refused =
        new Api(base).put("directory/people/jun/roles/hr-admin", Tokens.of("hana"));
    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("role must be one of"), refused.body());
  }

  static JsonObject person(jakarta.json.JsonArray people, String username) {
    return people.stream()
        .map(p -> p.asJsonObject())
        .filter(p -> p.getString("username").equals(username))
        .findFirst()
        .orElseThrow(() -> new AssertionError(username + " missing from " + people));
  }

  public static UserResource user(Keycloak admin, String username) {
    var users = admin.realm(KeycloakServer.REALM).users();
    return users.get(users.searchByUsername(username, true).get(0).getId());
  }

  public static List<String> groups(UserResource user) {
    return user.groups().stream().map(GroupRepresentation::getName).toList();
  }
}
