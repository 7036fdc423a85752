package com.srm.mentoring.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Keycloak server from the distribution Maven ships, in development mode on 127.0.0.1, with
 * the product's realm imported. Keycloak needs Java 21 or newer; it is looked up in {@code
 * KEYCLOAK_JAVA_HOME}, then under {@code /usr/lib/jvm}.
 */
public final class KeycloakServer implements AutoCloseable {

  public static final String REALM = "mentoring";
  public static final String ADMIN = "admin";
  public static final String ADMIN_PASSWORD = "admin";

  private final int port;
  private final Process process;

  private KeycloakServer(int port, Process process) {
    this.port = port;
    this.process = process;
  }

  /**
   * Starts Keycloak from the unpacked distribution in {@code home}, importing {@code realmFile}
   * unless the realm already exists in its data; {@code fresh} discards earlier data first.
   */
  public static KeycloakServer start(Path home, int port, Path realmFile, boolean fresh, Path log) {
    try {
      Path data = home.resolve("data");
      if (fresh && Files.exists(data)) {
        deleteTree(data);
      }
      Path imports = Files.createDirectories(data.resolve("import"));
      Files.copy(
          realmFile, imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
      Path kc = home.resolve("bin/kc.sh");
      kc.toFile().setExecutable(true);
      ProcessBuilder builder =
          new ProcessBuilder(
                  kc.toString(),
                  "start-dev",
                  "--http-host=127.0.0.1",
                  "--http-port=" + port,
                  "--import-realm",
                  "--cache=local")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      Map<String, String> env = builder.environment();
      env.put("JAVA_HOME", javaHome().toString());
      env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
      env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
      KeycloakServer server = new KeycloakServer(port, builder.start());
      server.awaitRealm(Duration.ofMinutes(4), log);
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("Keycloak did not start from " + home, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while Keycloak started", e);
    }
  }

  public int port() {
    return port;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /** The issuer of the realm's tokens: what the application configures as its provider. */
  public String issuer() {
    return baseUrl() + "/realms/" + REALM;
  }

  private void awaitRealm(Duration patience, Path log) throws InterruptedException {
    URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
    Runnable alive =
        () -> {
          if (!process.isAlive()) {
            throw new IllegalStateException("Keycloak stopped during start; see " + log);
          }
        };
    boolean ready =
        HttpProbe.awaitStatus(discovery, 200, patience, alive)
            .filter(response -> response.statusCode() == 200)
            .isPresent();
    if (!ready) {
      close();
      throw new IllegalStateException("Keycloak not ready after " + patience + "; see " + log);
    }
  }

  /** Stops the launcher script and the Java process it started. */
  @Override
  public void close() {
    List<ProcessHandle> descendants = process.descendants().toList();
    descendants.forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
      for (ProcessHandle child : descendants) {
        child.onExit().get(30, TimeUnit.SECONDS);
      }
    } catch (Exception e) {
      descendants.forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }

  /** A JDK of version 21 or newer: {@code KEYCLOAK_JAVA_HOME}, or the newest under /usr/lib/jvm. */
  public static Path javaHome() {
    String configured = System.getenv("KEYCLOAK_JAVA_HOME");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    Path jvms = Path.of("/usr/lib/jvm");
    try (Stream<Path> candidates = Files.list(jvms)) {
      Optional<Path> newest =
          candidates
              .filter(p -> Files.isExecutable(p.resolve("bin/java")))
              .filter(p -> majorVersion(p) >= 21)
              .max(Comparator.comparingInt(KeycloakServer::majorVersion));
      return newest.orElseThrow(
          () ->
              new IllegalStateException(
                  "Keycloak needs Java 21 or newer: install one under /usr/lib/jvm or set"
                      + " KEYCLOAK_JAVA_HOME"));
    } catch (IOException e) {
      throw new IllegalStateException("no JDKs found under " + jvms, e);
    }
  }

  private static int majorVersion(Path jdk) {
    try {
      for (String line : Files.readAllLines(jdk.resolve("release"))) {
        if (line.startsWith("JAVA_VERSION=")) {
          String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
          return Integer.parseInt(version.split("[.+-]")[0]);
        }
      }
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
    return 0;
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
