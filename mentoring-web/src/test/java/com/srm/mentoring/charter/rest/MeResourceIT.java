package com.srm.mentoring.charter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.HttpProbe;
import com.srm.mentoring.testsupport.SharedApplication;
import com.srm.mentoring.testsupport.Tokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** GET /api/me with real Keycloak tokens: the caller's record and roles, or 401. */
@ExtendWith(SharedApplication.class)
class MeResourceIT {

  @ApplicationUrl URL base;

  @Test
  void withoutATokenTheAnswerIs401() throws Exception {
    HttpResponse<String> response = me(null);
    assertEquals(401, response.statusCode());
    assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
  }

  @Test
  void aForgedTokenIs401() throws Exception {
    String token = Tokens.of("jun");
    String[] parts = token.split("\\.");
    String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
    assertEquals(401, me(forged).statusCode());
  }

  @Test
  void juniorSeesTheirDirectoryRecordAndRole() throws Exception {
    HttpResponse<String> response = me(Tokens.of("jun"));
    assertEquals(200, response.statusCode(), response.body());
    JsonObject jun = Json.createReader(new StringReader(response.body())).readObject();
    assertEquals("jun", jun.getString("username"));
    assertEquals("Jun Takahashi", jun.getString("displayName"));
    assertEquals("Engineering", jun.getString("department"));
    assertEquals(3, jun.getInt("grade"));
    assertEquals("lena", jun.getString("manager"));
    assertEquals(Json.createArrayBuilder().add("employee").build(), jun.getJsonArray("roles"));
  }

  @Test
  void hrLeadCarriesTheHrRole() throws Exception {
    JsonObject hana =
        Json.createReader(new StringReader(me(Tokens.of("hana")).body())).readObject();
    assertTrue(hana.getJsonArray("roles").toString().contains("\"hr-admin\""), hana.toString());
  }

  private HttpResponse<String> me(String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base.toExternalForm()).resolve("api/me"));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HttpProbe.send(request);
  }
}
