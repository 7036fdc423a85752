package com.srm.mentoring.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The OpenID Connect authorization code flow with PKCE (RFC 7636, S256) against Keycloak. Each
 * sign-in gets its own state, nonce and code verifier; the code Keycloak hands back is worth
 * nothing without the verifier, which never leaves the server.
 */
@ApplicationScoped
public class AuthorizationCodeFlow {

  private static final Logger LOG = Logger.getLogger(AuthorizationCodeFlow.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Inject IdentitySettings settings;

  @Inject TokenVerifier verifier;

  /** A sign-in under way: what the browser must bring back, and what only the server knows. */
  public record Attempt(String state, String nonce, String codeVerifier) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static Attempt fresh() {
      return new Attempt(random(), random(), random() + random());
    }

    /** {@code BASE64URL(SHA-256(code_verifier))}, as RFC 7636 defines S256. */
    public String codeChallenge() {
      try {
        byte[] digest =
            MessageDigest.getInstance("SHA-256")
                .digest(codeVerifier.getBytes(StandardCharsets.US_ASCII));
        return URL_SAFE.encodeToString(digest);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java runtime has SHA-256", e);
      }
    }
  }

  /**
   * Who signed in: the ID token's claims, and the token itself for signing out of Keycloak.
   *
   * @param claims the verified claims of the ID token
   * @param idToken the ID token as issued
   */
  public record SignedInIdentity(Map<String, Object> claims, String idToken)
      implements Serializable {

    private static final long serialVersionUID = 1L;

    public String subject() {
      return String.valueOf(claims.get("sub"));
    }

    public String username() {
      return String.valueOf(claims.get("preferred_username"));
    }
  }

  /** Where to send the browser to sign in. */
  public String authorizationUrl(Attempt attempt, String redirectUri) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    query.put("client_id", settings.getClientId());
    query.put("redirect_uri", redirectUri);
    query.put("scope", "openid email profile");
    query.put("state", attempt.state());
    query.put("nonce", attempt.nonce());
    query.put("code_challenge", attempt.codeChallenge());
    query.put("code_challenge_method", "S256");
    return settings.getAuthorizationUri() + "?" + form(query);
  }

  /**
   * Trades the code for tokens, with the verifier and the client's secret, and checks the ID token;
   * empty when Keycloak refuses or the token does not hold.
   */
  public Optional<SignedInIdentity> redeem(String code, Attempt attempt, String redirectUri) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("grant_type", "authorization_code");
    body.put("code", code);
    body.put("redirect_uri", redirectUri);
    body.put("code_verifier", attempt.codeVerifier());
    String credentials =
        Base64.getEncoder()
            .encodeToString(
                (encode(settings.getClientId()) + ":" + encode(settings.getClientSecret()))
                    .getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(settings.getTokenUri()))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Authorization", "Basic " + credentials)
            .POST(HttpRequest.BodyPublishers.ofString(form(body)))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        LOG.log(Level.INFO, "Keycloak refused the sign-in code: {0}", response.body());
        return Optional.empty();
      }
      String idToken;
      try (JsonReader json = Json.createReader(new StringReader(response.body()))) {
        JsonObject tokens = json.readObject();
        idToken = tokens.getString("id_token", null);
      }
      if (idToken == null) {
        return Optional.empty();
      }
      return verifier
          .verifyIdToken(idToken, attempt.nonce())
          .map(claims -> new SignedInIdentity(claims, idToken));
    } catch (IOException e) {
      LOG.log(
          Level.WARNING, "Keycloak could not be reached to finish a sign-in: {0}", e.toString());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return URL_SAFE.encodeToString(bytes);
  }

  private static String form(Map<String, String> values) {
    return values.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
