package com.srm.mentoring.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How the application is reached over HTTP: through which proxies, and at which address. */
@ApplicationScoped
public class HttpSettings {

  @Inject
  @ConfigProperty(name = "mentoring.http.trusted-proxies")
  Optional<String> trustedProxyList;

  @Inject
  @ConfigProperty(name = "mentoring.http.public-base-url")
  Optional<String> publicBaseUrl;

  @Inject
  @ConfigProperty(name = "mentoring.http.secure-cookies")
  Optional<Boolean> secureCookies;

  @Inject
  @ConfigProperty(name = CrossOriginRequests.ORIGINS_KEY)
  Optional<String> corsOriginList;

  @Inject IdentityProviderAddress identityProvider;

  private TrustedProxies trustedProxies;
  private Set<String> corsOrigins;
  private String contentSecurityPolicy;

  /** Reads the proxy list once, so that a wrong entry stops the deployment instead of a request. */
  @PostConstruct
  void parse() {
    trustedProxies = TrustedProxies.of(trustedProxyList.orElse(""));
    contentSecurityPolicy = SecurityHeaders.policy(origin(identityProvider.url()));
    corsOrigins = CrossOriginRequests.parse(corsOriginList.orElse(""));
  }

  /**
   * Whether a page of {@code origin} (the browser's {@code Origin} header) may call the API: the
   * corporate portal's origins, named in {@value CrossOriginRequests#ORIGINS_KEY}; none by default.
   */
  public boolean allowsOrigin(String origin) {
    return origin != null && corsOrigins.contains(origin.strip().toLowerCase(Locale.ROOT));
  }

  /** The policy every answer carries; it names Keycloak, where signing out continues. */
  public String contentSecurityPolicy() {
    return contentSecurityPolicy;
  }

  /** The scheme, host and port of an address, as a Content-Security-Policy names a source. */
  static String origin(String url) {
    URI uri = URI.create(url.strip());
    if (uri.getScheme() == null || uri.getHost() == null) {
      throw new IllegalArgumentException("mentoring.identity.keycloak-url: not a URL: " + url);
    }
    return uri.getScheme().toLowerCase(Locale.ROOT)
        + "://"
        + uri.getHost().toLowerCase(Locale.ROOT)
        + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
  }

  public TrustedProxies trustedProxies() {
    return trustedProxies;
  }

  /**
   * The address people reach the application at, context path included, without a trailing slash:
   * the configured public base URL, else the address of the request.
   */
  public String baseUrl(HttpServletRequest request) {
    return baseUrl(
        publicBaseUrl,
        request.getScheme(),
        request.getServerName(),
        request.getServerPort(),
        request.getContextPath());
  }

  static String baseUrl(
      Optional<String> configured, String scheme, String host, int port, String contextPath) {
    return configured
        .map(String::strip)
        .filter(url -> !url.isEmpty())
        .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
        .orElseGet(() -> scheme + "://" + host + ":" + port + contextPath);
  }

  /** Whether browsers reach the application over HTTPS, as far as the settings tell. */
  public boolean servedOverHttps() {
    return publicBaseUrl.map(url -> url.strip().startsWith("https://")).orElse(false);
  }

  /** The session cookie is marked Secure when set so, or else when the public address is HTTPS. */
  public boolean secureCookies() {
    return secureCookies.orElseGet(this::servedOverHttps);
  }
}
