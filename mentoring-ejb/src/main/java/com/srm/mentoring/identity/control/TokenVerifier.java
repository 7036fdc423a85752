package com.srm.mentoring.identity.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks a bearer token the way a resource server must: signature against the realm's published
 * keys (RS256 only, cached, fetched again for an unknown key id), issuer, expiry and not-before;
 * that it is an access token ({@code typ} Bearer), not an ID or refresh token; that it names the
 * API as its audience; and that it was issued to one of the clients allowed to call the API.
 */
@ApplicationScoped
public class TokenVerifier {

  private static final Logger LOG = Logger.getLogger(TokenVerifier.class.getName());

  /** The {@code typ} claim of Keycloak's access tokens; ID tokens say {@code ID}. */
  private static final String ACCESS_TOKEN = "Bearer";

  @Inject IdentitySettings settings;

  private DefaultJWTProcessor<SecurityContext> processor;
  private DefaultJWTProcessor<SecurityContext> idTokens;

  @PostConstruct
  void configure() {
    try {
      JWKSource<SecurityContext> keys =
          JWKSourceBuilder.create(URI.create(settings.getJwksUri()).toURL()).retrying(true).build();
      processor = new DefaultJWTProcessor<>();
      processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
      processor.setJWTClaimsSetVerifier(
          new DefaultJWTClaimsVerifier<>(
              // a mutable set: the verifier asks whether it contains null, which Set.of refuses
              new HashSet<>(List.of(settings.getApiAudience())),
              new JWTClaimsSet.Builder()
                  .issuer(settings.getIssuer())
                  .claim("typ", ACCESS_TOKEN)
                  .build(),
              new HashSet<>(List.of("sub", "exp", "iat", "azp", "preferred_username")),
              new HashSet<>()));
      idTokens = new DefaultJWTProcessor<>();
      idTokens.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
      idTokens.setJWTClaimsSetVerifier(
          new DefaultJWTClaimsVerifier<>(
              settings.getClientId(),
              new JWTClaimsSet.Builder().issuer(settings.getIssuer()).claim("typ", "ID").build(),
              Set.of("sub", "exp", "iat", "nonce", "preferred_username")));
    } catch (MalformedURLException e) {
      throw new IllegalStateException("bad Keycloak URL " + settings.getJwksUri(), e);
    }
  }

  /**
   * The claims of an ID token if it is valid for the pages' sign-in: signed by the realm, issued
   * for this application's client, not expired, and carrying the nonce this sign-in sent.
   */
  public Optional<Map<String, Object>> verifyIdToken(String token, String nonce) {
    try {
      JWTClaimsSet claims = idTokens.process(token, null);
      if (!nonce.equals(claims.getStringClaim("nonce"))) {
        LOG.info("ID token refused: the nonce is not this sign-in's");
        return Optional.empty();
      }
      return Optional.of(claims.getClaims());
    } catch (ParseException | BadJOSEException | JOSEException e) {
      LOG.log(Level.INFO, "ID token refused: {0}", e.getMessage());
      return Optional.empty();
    }
  }

  /** The token's facts if it is valid for this API; empty for any token that is not. */
  public Optional<VerifiedToken> verify(String token) {
    try {
      JWTClaimsSet claims = processor.process(token, null);
      if (!settings.getApiClients().contains(claims.getStringClaim("azp"))) {
        LOG.log(Level.INFO, "Token for client {0} refused", claims.getStringClaim("azp"));
        return Optional.empty();
      }
      return Optional.of(
          new VerifiedToken(
              claims.getSubject(),
              Claims.directoryEntry(claims.getClaims()),
              Claims.groups(claims.getClaims()),
              Claims.authenticatedAt(claims.getClaims()),
              claims.getExpirationTime().toInstant()));
    } catch (ParseException | BadJOSEException | JOSEException e) {
      LOG.log(Level.INFO, "Bearer token refused: {0}", e.getMessage());
      return Optional.empty();
    }
  }
}
