package com.srm.mentoring.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
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

  private TrustedProxies trustedProxies;

  /** Reads the proxy list once, so that a wrong entry stops the deployment instead of a request. */
  @PostConstruct
  void parse() {
    trustedProxies = TrustedProxies.of(trustedProxyList.orElse(""));
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
