package com.srm.mentoring.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where Keycloak is and how the application is registered there. */
@Named
@ApplicationScoped
public class IdentitySettings {

  @Inject
  @ConfigProperty(name = "mentoring.identity.keycloak-url", defaultValue = "http://127.0.0.1:8180")
  String keycloakUrl;

  @Inject
  @ConfigProperty(name = "mentoring.identity.realm", defaultValue = "mentoring")
  String realm;

  @Inject
  @ConfigProperty(name = "mentoring.identity.client-id", defaultValue = "mentoring-web")
  String clientId;

  @Inject
  @ConfigProperty(
      name = "mentoring.identity.client-secret",
      defaultValue = "mentoring-web-dev-secret")
  String clientSecret;

  @Inject
  @ConfigProperty(
      name = "mentoring.identity.directory-client-id",
      defaultValue = "mentoring-directory")
  String directoryClientId;

  @Inject
  @ConfigProperty(
      name = "mentoring.identity.directory-client-secret",
      defaultValue = "mentoring-directory-dev-secret")
  String directoryClientSecret;

  @Inject
  @ConfigProperty(
      name = "mentoring.identity.api-clients",
      defaultValue = "mentoring-portal,mentoring-web")
  List<String> apiClients;

  @Inject
  @ConfigProperty(name = "mentoring.identity.api-audience", defaultValue = "mentoring-api")
  String apiAudience;

  @Inject
  @ConfigProperty(name = "mentoring.identity.admin-connect-timeout-ms", defaultValue = "2000")
  long adminConnectTimeoutMillis;

  @Inject
  @ConfigProperty(name = "mentoring.identity.admin-read-timeout-ms", defaultValue = "5000")
  long adminReadTimeoutMillis;

  public String getKeycloakUrl() {
    return keycloakUrl;
  }

  public String getRealm() {
    return realm;
  }

  /** The service-account client the directory is read and written with. */
  public String getDirectoryClientId() {
    return directoryClientId;
  }

  public String getDirectoryClientSecret() {
    return directoryClientSecret;
  }

  /** How long a call to Keycloak's admin API waits for a connection. */
  public Duration getAdminConnectTimeout() {
    return Duration.ofMillis(adminConnectTimeoutMillis);
  }

  /** How long a call to Keycloak's admin API waits for each answer once connected. */
  public Duration getAdminReadTimeout() {
    return Duration.ofMillis(adminReadTimeoutMillis);
  }

  /** The realm's issuer; equals the {@code iss} claim of every token Keycloak issues for it. */
  public String getIssuer() {
    return stripTrailingSlash(keycloakUrl) + "/realms/" + realm;
  }

  public String getJwksUri() {
    return getIssuer() + "/protocol/openid-connect/certs";
  }

  public String getAuthorizationUri() {
    return getIssuer() + "/protocol/openid-connect/auth";
  }

  public String getTokenUri() {
    return getIssuer() + "/protocol/openid-connect/token";
  }

  public String getEndSessionUri() {
    return getIssuer() + "/protocol/openid-connect/logout";
  }

  public String getClientId() {
    return clientId;
  }

  public String getClientSecret() {
    return clientSecret;
  }

  /** The clients whose access tokens the REST API accepts (their {@code azp} claim). */
  public List<String> getApiClients() {
    return apiClients;
  }

  /** The audience ({@code aud}) an access token must name to be taken by the REST API. */
  public String getApiAudience() {
    return apiAudience;
  }

  private static String stripTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
