package com.srm.mentoring.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The example corporate portal page ({@code config/portal-example}), served from an origin of its
 * own on 127.0.0.1, as a portal is: it signs a person in at Keycloak (authorization code flow with
 * PKCE, the realm's public client {@value #CLIENT}), shows their charter status and signs the
 * charter through the API, which lets this origin in ({@code mentoring.http.cors-origins}). The dev
 * run and the browser tests start it; its page reads where Keycloak and the API are from {@code
 * config.json}.
 */
public final class PortalExample implements AutoCloseable {

  /** The realm's client the page signs in with: public, PKCE S256 required. */
  public static final String CLIENT = "mentoring-portal";

  /** The port the demo realm lets the portal return to; the tests pick a free one. */
  public static final int DEV_PORT = 8090;

  /** The files served, by path, with their media types; nothing else is. */
  private static final Map<String, String> FILES =
      Map.of(
          "/index.html", "text/html; charset=UTF-8",
          "/portal.js", "text/javascript; charset=UTF-8",
          "/portal.css", "text/css; charset=UTF-8");

  private final HttpServer server;

  private PortalExample(HttpServer server) {
    this.server = server;
  }

  /**
   * Serves the page in {@code pages} on 127.0.0.1:{@code port}, signing in at {@code keycloakUrl}
   * ({@code http://host:port}) and calling the API at {@code applicationUrl} (ending in a slash).
   */
  public static PortalExample start(int port, Path pages, String keycloakUrl, URI applicationUrl) {
    String config =
        Json.createObjectBuilder()
            .add("keycloak", keycloakUrl)
            .add("realm", KeycloakServer.REALM)
            .add("clientId", CLIENT)
            .add("api", applicationUrl.resolve("api/").toString())
            .build()
            .toString();
    String policy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self' "
            + origin(URI.create(keycloakUrl))
            + " "
            + origin(applicationUrl)
            + "; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
      server.createContext(
          "/",
          exchange -> {
            try (exchange) {
              answer(exchange, pages, config, policy);
            }
          });
      server.start();
      return new PortalExample(server);
    } catch (IOException e) {
      throw new UncheckedIOException("could not serve the portal example on port " + port, e);
    }
  }

  private static void answer(HttpExchange exchange, Path pages, String config, String policy)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Security-Policy", policy);
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
      exchange.getResponseHeaders().set("Allow", "GET, HEAD");
      exchange.sendResponseHeaders(405, -1);
      return;
    }
    String path = exchange.getRequestURI().getPath();
    if (path.equals("/")) {
      path = "/index.html";
    }
    if (path.equals("/favicon.ico")) {
      // no icon, and no failed request in the browser's console for want of one
      exchange.sendResponseHeaders(204, -1);
    } else if (path.equals("/config.json")) {
      send(exchange, 200, "application/json", config.getBytes(StandardCharsets.UTF_8));
    } else if (FILES.containsKey(path)) {
      send(exchange, 200, FILES.get(path), Files.readAllBytes(pages.resolve(path.substring(1))));
    } else {
      send(exchange, 404, "text/plain", "Not found".getBytes(StandardCharsets.UTF_8));
    }
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    if ("HEAD".equals(exchange.getRequestMethod())) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static String origin(URI address) {
    return address.getScheme() + "://" + address.getRawAuthority();
  }

  /** The page's address, ending in a slash. */
  public String address() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
