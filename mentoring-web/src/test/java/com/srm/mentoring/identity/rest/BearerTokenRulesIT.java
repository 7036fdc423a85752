package com.srm.mentoring.identity.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Await;
import com.srm.mentoring.testsupport.HttpProbe;
import com.srm.mentoring.testsupport.IntegrationEnvironment;
import com.srm.mentoring.testsupport.KeycloakServer;
import com.srm.mentoring.testsupport.SharedApplication;
import com.srm.mentoring.testsupport.Tokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.common.util.MultivaluedHashMap;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ComponentRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.KeysMetadataRepresentation.KeyMetadataRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The API takes only access tokens the realm issued for it. Every other token is answered 401 and
 * leaves no trace: no person record is created, nothing is logged as done.
 *
 * <p>To forge tokens that differ from a good one in exactly one respect, the test gives the realm
 * an extra signing key whose private half it holds; Keycloak publishes it with the realm's keys but
 * keeps signing with its own. A token signed with it and otherwise right is taken, which shows the
 * application trusts the key; each forged variant then fails for its one flaw alone.
 */
@ExtendWith(SharedApplication.class)
class BearerTokenRulesIT {

  static final String CLIENT_SECRET = "mentoring-web-dev-secret";

  static KeyPair realmKey;
  static String realmKeyId;
  static String componentId;

  @ApplicationUrl URL base;

  @BeforeAll
  static void giveTheRealmAKeyTheTestHolds() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    realmKey = generator.generateKeyPair();
    try (Keycloak admin = Tokens.admin()) {
      RealmResource realm = admin.realm(KeycloakServer.REALM);
      ComponentRepresentation key = new ComponentRepresentation();
      key.setName("test-held-key-" + UUID.randomUUID());
      key.setProviderId("rsa");
      key.setProviderType("org.keycloak.keys.KeyProvider");
      key.setParentId(realm.toRepresentation().getId());
      MultivaluedHashMap<String, String> config = new MultivaluedHashMap<>();
      // a lower priority than the realm's own key: Keycloak keeps signing with that one
      config.putSingle("priority", "1");
      config.putSingle("enabled", "true");
      config.putSingle("active", "true");
      config.putSingle("algorithm", "RS256");
      config.putSingle(
          "privateKey",
          "-----BEGIN PRIVATE KEY-----\n"
              + Base64.getMimeEncoder().encodeToString(realmKey.getPrivate().getEncoded())
              + "\n-----END PRIVATE KEY-----");
      key.setConfig(config);
      try (Response created = realm.components().add(key)) {
        assertEquals(201, created.getStatus(), "the realm takes the test's key");
        componentId = CreatedResponseUtil.getCreatedId(created);
      }
      KeyMetadataRepresentation published =
          realm.keys().getKeyMetadata().getKeys().stream()
              .filter(k -> componentId.equals(k.getProviderId()))
              .findFirst()
              .orElseThrow(() -> new AssertionError("the realm does not list the test's key"));
      realmKeyId = published.getKid();
    }
  }

  @AfterAll
  static void takeTheKeyAway() {
    if (componentId != null) {
      try (Keycloak admin = Tokens.admin()) {
        admin.realm(KeycloakServer.REALM).components().component(componentId).remove();
      }
    }
  }

  /** Claims as Keycloak's access tokens for the API carry them, for a person nobody knows yet. */
  static JWTClaimsSet.Builder accessTokenClaims(String username) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(IntegrationEnvironment.keycloak().issuer())
        .subject(UUID.randomUUID().toString())
        .audience(List.of("mentoring-api", "account"))
        .claim("typ", "Bearer")
        .claim("azp", "mentoring-portal")
        .claim("preferred_username", username)
        .claim("name", "Forged " + username)
        .claim("groups", List.of("employee"))
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(300)));
  }

  static String signed(JWTClaimsSet claims, KeyPair key, String keyId) throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).type(JOSEObjectType.JWT).build(),
            claims);
    jwt.sign(new RSASSASigner((RSAPrivateKey) key.getPrivate()));
    return jwt.serialize();
  }

  /** HS256 over the same claims, keyed with a client secret as a confused verifier might accept. */
  static String hmacSigned(JWTClaimsSet claims, String secret) throws Exception {
    Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
    String header =
        url.encodeToString(
            "{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"%s\"}"
                .formatted(realmKeyId)
                .getBytes(StandardCharsets.UTF_8));
    String payload = url.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] signature = mac.doFinal((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
    return header + "." + payload + "." + url.encodeToString(signature);
  }

  static String forgedName() {
    return "forged-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void aTokenSignedWithTheRealmsKeyAndRightInEveryRespectIsTaken() throws Exception {
    String username = forgedName();
    String token = signed(accessTokenClaims(username).build(), realmKey, realmKeyId);
    HttpResponse<String> me = awaitKeyKnown(token);
    assertEquals(200, me.statusCode(), me.body());
    assertEquals(username, Api.json(me).asJsonObject().getString("username"));
  }

  @Test
  void anExpiredTokenIsRefused() throws Exception {
    assertKeyTrusted();
    Instant longAgo = Instant.now().minus(Duration.ofHours(2));
    String username = forgedName();
    String token =
        signed(
            accessTokenClaims(username)
                .issueTime(Date.from(longAgo))
                .expirationTime(Date.from(longAgo.plusSeconds(300)))
                .build(),
            realmKey,
            realmKeyId);
    assertRefusedWithoutTrace(token, username);
  }

  @Test
  void aTokenOfAnotherIssuerIsRefused() throws Exception {
    assertKeyTrusted();
    String username = forgedName();
    String token =
        signed(
            accessTokenClaims(username)
                .issuer(
                    IntegrationEnvironment.keycloak()
                        .issuer()
                        .replace("/realms/mentoring", "/realms/other"))
                .build(),
            realmKey,
            realmKeyId);
    assertRefusedWithoutTrace(token, username);
  }

  @Test
  void aTokenNotMeantForTheApiIsRefused() throws Exception {
    assertKeyTrusted();
    String username = forgedName();
    String token =
        signed(
            accessTokenClaims(username).audience(List.of("account")).build(), realmKey, realmKeyId);
    assertRefusedWithoutTrace(token, username);
  }

  @Test
  void anUnsignedTokenIsRefused() throws Exception {
    String username = forgedName();
    assertRefusedWithoutTrace(
        new PlainJWT(accessTokenClaims(username).build()).serialize(), username);
  }

  @Test
  void aTokenSignedWithAClientSecretIsRefused() throws Exception {
    String username = forgedName();
    assertRefusedWithoutTrace(
        hmacSigned(accessTokenClaims(username).build(), CLIENT_SECRET), username);
  }

  @Test
  void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair other = generator.generateKeyPair();
    String username = forgedName();
    // the key id of a key the realm publishes, the signature of one it does not
    assertRefusedWithoutTrace(
        signed(accessTokenClaims(username).build(), other, realmKeyId), username);
    String otherName = forgedName();
    assertRefusedWithoutTrace(
        signed(accessTokenClaims(otherName).build(), other, "unknown-key"), otherName);
  }

  @Test
  void anIdTokenIsRefused() throws Exception {
    String username = newPerson();
    JsonObject tokens = passwordGrant("mentoring-portal", username, "openid");
    assertTrue(tokens.containsKey("id_token"), tokens.toString());
    assertRefusedWithoutTrace(tokens.getString("id_token"), username);
  }

  @Test
  void aTokenIssuedToAnotherClientIsRefused() throws Exception {
    String username = newPerson();
    String client = "other-app-" + UUID.randomUUID().toString().substring(0, 8);
    try (Keycloak admin = Tokens.admin()) {
      ClientRepresentation other = new ClientRepresentation();
      other.setClientId(client);
      other.setPublicClient(true);
      other.setDirectAccessGrantsEnabled(true);
      other.setStandardFlowEnabled(false);
      admin.realm(KeycloakServer.REALM).clients().create(other).close();
    }
    String token = passwordGrant(client, username, "profile").getString("access_token");
    assertRefusedWithoutTrace(token, username);
  }

  /** Answered 401, no person record for the name, and the access log never heard of them. */
  void assertRefusedWithoutTrace(String token, String username) throws Exception {
    Api api = new Api(base);
    for (String path : new String[] {"me", "charter/current", "directory/people"}) {
      HttpResponse<String> response = api.get(path, token);
      assertEquals(401, response.statusCode(), path + ": " + response.body());
      assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    }
    assertEquals(401, api.post("me/withdrawal", token, "{}").statusCode());

    HttpResponse<String> people = api.get("directory/people", Tokens.of("hana"));
    assertEquals(200, people.statusCode(), people.body());
    assertTrue(
        Api.json(people).asJsonArray().stream()
            .noneMatch(p -> username.equals(p.asJsonObject().getString("username"))),
        "no person record for " + username);

    HttpResponse<String> logged =
        api.get(
            "audit/entries?size=10&actor=" + URLEncoder.encode(username, StandardCharsets.UTF_8),
            Tokens.of("audrey"));
    assertEquals(200, logged.statusCode(), logged.body());
    assertTrue(
        Api.json(logged).asJsonObject().getJsonArray("entries").isEmpty(),
        "nothing logged for " + username + ": " + logged.body());
  }

  /** The good forged token gets through once the application has fetched the realm's new key. */
  HttpResponse<String> awaitKeyKnown(String token) throws Exception {
    Api api = new Api(base);
    // the application refreshes the realm's keys for an unknown key id at most every 30 s
    try {
      return Await.until(
          () -> api.get("me", token),
          me -> me.statusCode() != 401,
          "the realm's new key known to the application",
          Duration.ofSeconds(90),
          Duration.ofSeconds(2));
    } catch (AssertionError stillUnknown) {
      return api.get("me", token);
    }
  }

  void assertKeyTrusted() throws Exception {
    HttpResponse<String> me =
        awaitKeyKnown(signed(accessTokenClaims(forgedName()).build(), realmKey, realmKeyId));
    assertEquals(200, me.statusCode(), "the test's key is trusted: " + me.body());
  }

  /** A new person in the directory, never seen by the application. */
  static String newPerson() {
    String username = "tok-" + UUID.randomUUID().toString().substring(0, 8);
    try (Keycloak admin = Tokens.admin()) {
      UserRepresentation user = new UserRepresentation();
      user.setUsername(username);
      user.setFirstName("Token");
      user.setLastName("Tester");
      user.setEmail(username + "@example.org");
      user.setEmailVerified(true);
      user.setEnabled(true);
      user.setGroups(List.of("/employee"));
      CredentialRepresentation password = new CredentialRepresentation();
      password.setType(CredentialRepresentation.PASSWORD);
      password.setValue("demo");
      password.setTemporary(false);
      user.setCredentials(List.of(password));
      admin.realm(KeycloakServer.REALM).users().create(user).close();
    }
    return username;
  }

  static JsonObject passwordGrant(String client, String username, String scope) throws Exception {
    String form =
        "grant_type=password&password=demo&client_id="
            + client
            + "&scope="
            + scope
            + "&username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8);
    HttpResponse<String> response =
        HttpProbe.send(
            HttpRequest.newBuilder(
                    URI.create(
                        IntegrationEnvironment.keycloak().issuer()
                            + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    assertEquals(200, response.statusCode(), response.body());
    return Json.createReader(new StringReader(response.body())).readObject();
  }
}
