package com.srm.mentoring.ear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A throw-away Payara Server domain on free loopback ports, driven with asadmin: created, bound to
 * 127.0.0.1 only, started, and deleted again.
 */
final class PayaraDomain implements AutoCloseable {

  static final int ADMIN_OFFSET = 48;
  static final int HTTP_OFFSET = 80;

  private final Path home;
  private final Path domainDir;
  private final String name = "mentoring-it";
  private final int portBase;
  private final Path log;

  private PayaraDomain(Path home, Path domainDir, int portBase) {
    this.home = home;
    this.domainDir = domainDir;
    this.portBase = portBase;
    this.log = domainDir.resolve("asadmin.log");
  }

  static PayaraDomain create(Path home, Path domainDir) {
    PayaraDomain domain = new PayaraDomain(home, domainDir, freePortBase());
    try {
      Files.createDirectories(domainDir);
      domain.asadmin(
          "create-domain",
          "--portbase",
          String.valueOf(domain.portBase),
          "--nopassword=true",
          "--domaindir",
          domainDir.toString(),
          domain.name);
      domain.bindToLoopback();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return domain;
  }

  /** Whether the port lies in the block the domain's listeners take. */
  boolean reserves(int port) {
    return port >= portBase && port < portBase + 100;
  }

  /** The domain's configuration file. */
  Path domainXml() {
    return domainDir.resolve(name).resolve("config/domain.xml");
  }

  int httpPort() {
    return portBase + HTTP_OFFSET;
  }

  void start(Map<String, String> environment, List<String> jvmOptions) throws IOException {
    for (String option : jvmOptions) {
      addJvmOption(option);
    }
    run(environment, "start-domain", "--domaindir", domainDir.toString(), name);
  }

  void deploy(Path archive) throws IOException {
    try {
      asadmin("--port", adminPort(), "deploy", archive.toString());
    } catch (IOException e) {
      throw new IOException(e.getMessage() + "\nserver.log:\n" + log(), e);
    }
  }

  /** Runs an asadmin script against the running domain, as an operator would. */
  void runScript(Path script) throws IOException {
    asadmin("--port", adminPort(), "multimode", "--file", script.toString());
  }

  /** Sets a system property of the server, escaped as asadmin wants a value. */
  void systemProperty(String name, String value) throws IOException {
    asadmin(
        "--port",
        adminPort(),
        "create-system-properties",
        name + "=" + value.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\="));
  }

  /**
   * Keeps a secret in the domain's password alias store under the name of the setting it is:
   * Payara's MicroProfile Config reads the store as a config source, so the value is never written
   * in the domain's configuration or its environment.
   */
  void passwordAlias(String name, String secret) throws IOException {
    Path file = Files.createTempFile(domainDir, "alias-", ".txt");
    try {
      Files.writeString(file, "AS_ADMIN_ALIASPASSWORD=" + secret + "\n");
      asadmin(
          "--port", adminPort(), "--passwordfile", file.toString(), "create-password-alias", name);
    } finally {
      Files.delete(file);
    }
  }

  /** Restarts the domain, for settings read at its start. */
  void restart() throws IOException {
    asadmin("restart-domain", "--domaindir", domainDir.toString(), name);
  }

  private String adminPort() {
    return String.valueOf(portBase + ADMIN_OFFSET);
  }

  @Override
  public void close() throws IOException {
    try {
      asadmin("stop-domain", "--domaindir", domainDir.toString(), name);
    } finally {
      asadmin("delete-domain", "--domaindir", domainDir.toString(), name);
    }
  }

  /** The server's log, for failure messages. */
  String log() {
    Path serverLog = domainDir.resolve(name).resolve("logs/server.log");
    try {
      return Files.exists(serverLog) ? Files.readString(serverLog) : "(no server.log)";
    } catch (IOException e) {
      return "(server.log unreadable: " + e.getMessage() + ")";
    }
  }

  /**
   * Every listener the domain opens goes to loopback, and the data grid is off: one test server
   * needs no cluster, and nothing of it should be reachable from the network.
   */
  private void bindToLoopback() throws IOException {
    Path domainXml = domainXml();
    String xml = Files.readString(domainXml);
    xml =
        xml.replace("address=\"0.0.0.0\"", "address=\"127.0.0.1\"")
            .replaceAll(
                "<network-listener (?![^>]*address=)", "<network-listener address=\"127.0.0.1\" ")
            .replace(
                "<hazelcast-config-specific-configuration>",
                "<hazelcast-config-specific-configuration enabled=\"false\">");
    Files.writeString(domainXml, xml);
  }

  private void addJvmOption(String option) throws IOException {
    Path domainXml = domainXml();
    String xml = Files.readString(domainXml);
    String marker = "<jvm-options>-server</jvm-options>";
    String added = marker + "\n<jvm-options>" + escapeXml(option) + "</jvm-options>";
    xml = xml.replaceFirst(Pattern.quote(marker), Matcher.quoteReplacement(added));
    Files.writeString(domainXml, xml);
  }

  private static String escapeXml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private void asadmin(String... args) throws IOException {
    run(Map.of(), args);
  }

  private void run(Map<String, String> environment, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin/asadmin").toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(environment);
    Process process = builder.start();
    try {
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IOException("asadmin " + args[0] + " did not finish; see " + log);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    if (process.exitValue() != 0) {
      throw new IOException(
          "asadmin " + String.join(" ", args) + " failed:\n" + Files.readString(log));
    }
  }

  /** A port base whose admin and HTTP ports are both free, away from the usual ones. */
  private static int freePortBase() {
    for (int attempt = 0; attempt < 50; attempt++) {
      int base = ThreadLocalRandom.current().nextInt(200, 600) * 100;
      if (isFree(base + ADMIN_OFFSET) && isFree(base + HTTP_OFFSET) && isFree(base + 81)) {
        return base;
      }
    }
    throw new IllegalStateException("no free port range found");
  }

  private static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      return socket.isBound();
    } catch (IOException e) {
      return false;
    }
  }
}
