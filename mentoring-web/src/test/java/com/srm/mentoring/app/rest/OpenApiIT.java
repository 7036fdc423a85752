package com.srm.mentoring.app.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.HttpProbe;
import com.srm.mentoring.testsupport.SharedApplication;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API description a portal team builds against, as the server publishes it at {@code /openapi}:
 * every operation says what it does, what each parameter means, what it answers, under which
 * feature it stands and that it needs a bearer token. Each test names every operation that falls
 * short, not just the first.
 */
@ExtendWith(SharedApplication.class)
class OpenApiIT {

  /** The features the description groups the operations by. */
  static final Set<String> FEATURES =
      Set.of(
          "Charter",
          "Directory",
          "Program",
          "Sessions",
          "Concerns",
          "Pulse",
          "Analytics",
          "Audit",
          "Early warnings",
          "Data requests");

  /** The error answers the API gives as problem details, wherever an operation gives them. */
  static final Set<String> PROBLEMS = Set.of("400", "404", "409", "422");

  static final String PROBLEM_JSON = "application/problem+json";

  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "patch", "head", "options");

  @ApplicationUrl URL base;

  private JsonObject openapi;

  @BeforeEach
  void readTheDescription() throws Exception {
    HttpResponse<String> response =
        HttpProbe.send(
            HttpRequest.newBuilder(URI.create(base.toExternalForm()).resolve("/openapi"))
                .header("Accept", "application/json"));
    assertEquals(200, response.statusCode(), response.body());
    openapi = Json.createReader(new StringReader(response.body())).readObject();
    java.nio.file.Files.writeString(
        java.nio.file.Path.of("target/openapi-dump.json"), response.body());
  }

  @Test
  void everyOperationHasASummaryASuccessAndTheBearerRequirement() {
    List<String> missing = new ArrayList<>();
    operations()
        .forEach(
            (name, operation) -> {
              if (operation.getString("summary", "").isBlank()) {
                missing.add(name + ": no summary");
              }
              JsonObject responses =
                  operation.getJsonObject("responses") == null
                      ? JsonValue.EMPTY_JSON_OBJECT
                      : operation.getJsonObject("responses");
              if (responses.keySet().stream().noneMatch(status -> status.startsWith("2"))) {
                missing.add(name + ": no success response, only " + responses.keySet());
              }
              // every call under /api needs a signed-in person (web.xml)
              if (!requiresBearer(operation)) {
                missing.add(name + ": no bearer security requirement");
              }
            });
    assertTrue(missing.isEmpty(), String.join("\n", missing));
  }

  @Test
  void everyParameterIsDescribed() {
    List<String> missing = new ArrayList<>();
    operations()
        .forEach(
            (name, operation) -> {
              JsonArray parameters = operation.getJsonArray("parameters");
              if (parameters == null) {
                return;
              }
              for (JsonObject parameter : parameters.getValuesAs(JsonObject.class)) {
                if (parameter.getString("description", "").isBlank()) {
                  missing.add(
                      name
                          + ": "
                          + parameter.getString("in", "?")
                          + " parameter "
                          + parameter.getString("name", "?")
                          + " undescribed");
                }
              }
            });
    assertTrue(missing.isEmpty(), String.join("\n", missing));
  }

  @Test
  void everyResponseIsDescribedAndErrorsAreProblemDetails() {
    List<String> missing = new ArrayList<>();
    operations()
        .forEach(
            (name, operation) -> {
              JsonObject responses = operation.getJsonObject("responses");
              if (responses == null) {
                return;
              }
              responses.forEach(
                  (status, value) -> {
                    JsonObject response = value.asJsonObject();
                    String description = response.getString("description", "");
                    // Payara's own words where an operation names no response of its own
                    if (description.isBlank() || "Default Response.".equals(description)) {
                      missing.add(name + ": response " + status + " undescribed");
                    }
                    if (status.equals("default")) {
                      missing.add(name + ": a default response instead of the real ones");
                    }
                    if (status.startsWith("2")
                        && !status.equals("204")
                        && !response.containsKey("content")) {
                      missing.add(name + ": response " + status + " without its schema");
                    }
                    if (PROBLEMS.contains(status) && !isProblem(response)) {
                      missing.add(name + ": response " + status + " not a problem detail");
                    }
                  });
            });
    assertTrue(missing.isEmpty(), String.join("\n", missing));
  }

  @Test
  void everyOperationStandsUnderAFeature() {
    JsonArray declared = openapi.getJsonArray("tags");
    Set<String> tags = new TreeSet<>();
    if (declared != null) {
      for (JsonObject tag : declared.getValuesAs(JsonObject.class)) {
        assertTrue(!tag.getString("description", "").isBlank(), "tag without description: " + tag);
        tags.add(tag.getString("name"));
      }
    }
    assertTrue(tags.containsAll(FEATURES), "declared tags: " + tags);
    List<String> missing = new ArrayList<>();
    operations()
        .forEach(
            (name, operation) -> {
              JsonArray used = operation.getJsonArray("tags");
              if (used == null
                  || used.isEmpty()
                  || !FEATURES.containsAll(
                      used.getValuesAs(JsonValue::toString).stream()
                          .map(tag -> tag.replace("\"", ""))
                          .toList())) {
                missing.add(name + ": tags " + used);
              }
            });
    assertTrue(missing.isEmpty(), String.join("\n", missing));
  }

  @Test
  void theBearerSchemeIsDescribedAndNoDevCallIs() {
    JsonObject schemes =
        openapi.getJsonObject("components") == null
            ? null
            : openapi.getJsonObject("components").getJsonObject("securitySchemes");
    assertTrue(schemes != null && schemes.containsKey("bearer"), "security schemes: " + schemes);
    JsonObject bearer = schemes.getJsonObject("bearer");
    assertEquals("http", bearer.getString("type", ""), bearer.toString());
    assertEquals("bearer", bearer.getString("scheme", ""), bearer.toString());
    assertEquals("JWT", bearer.getString("bearerFormat", ""), bearer.toString());
    List<String> dev =
        operations().keySet().stream().filter(name -> name.contains("/dev/")).toList();
    assertTrue(dev.isEmpty(), "dev-only calls described: " + dev);
  }

  @Test
  void thePortalsCallsCarryExamples() {
    Map<String, JsonObject> operations = operations();
    for (String name :
        List.of("GET /api/me/status", "GET /api/charter/current", "POST /api/charter/signatures")) {
      JsonObject operation = operations.get(name);
      assertTrue(operation != null, name + " not described among " + operations.keySet());
      assertTrue(operation.toString().contains("\"examples\""), name + " without examples");
    }
  }

  private boolean requiresBearer(JsonObject operation) {
    JsonArray security = operation.getJsonArray("security");
    if (security == null) {
      security = openapi.getJsonArray("security");
    }
    return security != null
        && security.getValuesAs(JsonObject.class).stream()
            .anyMatch(requirement -> requirement.containsKey("bearer"));
  }

  private static boolean isProblem(JsonObject response) {
    JsonObject content = response.getJsonObject("content");
    return content != null
        && content.getJsonObject(PROBLEM_JSON) != null
        && content.getJsonObject(PROBLEM_JSON).containsKey("schema");
  }

  /** Every operation, named like {@code GET /api/me/status}. */
  private Map<String, JsonObject> operations() {
    Map<String, JsonObject> operations = new java.util.TreeMap<>();
    JsonObject paths = openapi.getJsonObject("paths");
    paths.forEach(
        (path, item) ->
            item.asJsonObject()
                .forEach(
                    (method, operation) -> {
                      if (METHODS.contains(method)) {
                        operations.put(
                            method.toUpperCase(java.util.Locale.ROOT) + " " + path,
                            operation.asJsonObject());
                      }
                    }));
    return operations;
  }
}
