package com.srm.mentoring.demo;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The product's REST API as the demo people use it, from outside the server: each call carries the
 * caller's own token, got from the demo realm by the password grant its portal client allows, so
 * that every record and every access-log entry names the person who would have made it.
 */
public class DemoApi {

  /** The demo realm gives every demo person this password; the dev run alone may rely on it. */
  static final String PASSWORD = "demo";

  static final String CLIENT = "mentoring-portal";

  /** Well inside the realm's five-minute token lifespan, also when a step runs long. */
  private static final Duration TOKEN_REUSE = Duration.ofSeconds(60);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI base;
  private final URI tokenEndpoint;
  private final Map<String, Token> tokens = new HashMap<>();

  private record Token(String value, Instant fetched) {}

  /**
   * @param base the application's own address on loopback, ending in a slash
   * @param issuer the demo realm's issuer
   */
  public DemoApi(URI base, String issuer) {
    this.base = base;
    this.tokenEndpoint = URI.create(issuer + "/protocol/openid-connect/token");
  }

  public JsonStructure get(String user, String path) {
    return call(user, "GET", path, null);
  }

  public JsonObject post(String user, String path, JsonObject body) {
    return (JsonObject) call(user, "POST", path, body == null ? null : body.toString());
  }

  public JsonArray postForArray(String user, String path, JsonObject body) {
    return (JsonArray) call(user, "POST", path, body.toString());
  }

  public JsonObject put(String user, String path, JsonObject body) {
    return (JsonObject) call(user, "PUT", path, body.toString());
  }

  public void delete(String user, String path) {
    call(user, "DELETE", path, null);
  }

  private JsonStructure call(String user, String method, String path, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve("api/" + path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token(user))
            .header("Accept", "application/json");
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    HttpResponse<String> response = send(request.build());
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(
          method
              + " /api/"
              + path
              + " as "
              + user
              + " answered "
              + response.statusCode()
              + ": "
              + response.body());
    }
    String body = response.body();
    return body == null || body.isBlank()
        ? Json.createObjectBuilder().build()
        : Json.createReader(new StringReader(body)).read();
  }

  /** The person's access token, fetched again once it is a minute old. */
  public String token(String user) {
    Token token = tokens.get(user);
    if (token == null || token.fetched().plus(TOKEN_REUSE).isBefore(Instant.now())) {
      String form =
          "grant_type=password&client_id="
              + CLIENT
              + "&password="
              + PASSWORD
              + "&username="
              + URLEncoder.encode(user, StandardCharsets.UTF_8);
      HttpResponse<String> response =
          send(
              HttpRequest.newBuilder(tokenEndpoint)
                  .timeout(Duration.ofSeconds(30))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "Keycloak gave no token for " + user + ": " + response.statusCode());
      }
      String value =
          Json.createReader(new StringReader(response.body()))
              .readObject()
              .getString("access_token");
      token = new Token(value, Instant.now());
      tokens.put(user, token);
    }
    return token.value();
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during " + request.uri(), e);
    }
  }
}
