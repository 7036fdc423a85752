package com.srm.mentoring.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The configurations the product ships for an own server (config/): each one anchors the access
 * log, none holds a password or the schema owner's login, so that a server set up from them starts
 * once the secrets come from the operator's store, and never on a published password.
 */
class ShippedConfigurationTest {

  static final Path CONFIG = Path.of("../config");

  @Test
  void payaraMicrosPropertiesAnchorTheLogAndHoldNoPassword() throws IOException {
    assertShipsNoSecretAndAnAnchor(properties(CONFIG.resolve("payara-micro/mentoring.properties")));
  }

  @Test
  void payaraServersDomainSetupAnchorsTheLogAndHoldsNoPassword() throws IOException {
    Map<String, String> settings = new LinkedHashMap<>();
    Matcher property =
        Pattern.compile("(?m)^create-system-properties ([a-z.-]+)=(.*)$")
            .matcher(Files.readString(CONFIG.resolve("payara-server/domain-setup.asadmin")));
    while (property.find()) {
      settings.put(property.group(1), property.group(2).replace("\\:", ":"));
    }
    assertShipsNoSecretAndAnAnchor(settings);
  }

  @Test
  void theEnvironmentSampleAnchorsTheLogAndHoldsNoPassword() throws IOException {
    Map<String, String> settings = new LinkedHashMap<>();
    for (String line : Files.readAllLines(CONFIG.resolve("mentoring.env.sample"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] pair = line.split("=", 2);
        settings.put(pair[0].toLowerCase(Locale.ROOT).replace('_', '.'), pair[1]);
      }
    }
    assertShipsNoSecretAndAnAnchor(settings);
    assertEquals("", settings.get("mentoring.db.password"), "the password is left to fill in");
  }

  @Test
  void theEnvironmentSampleNamesEverySecretTheStartupCheckAsksFor() throws IOException {
    String sample = Files.readString(CONFIG.resolve("mentoring.env.sample"));
    for (String secret : DeploymentSettingsTest.ownSecrets().keySet()) {
      String variable = secret.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
      assertTrue(
          sample.contains(variable + "="),
          "the sample names " + variable + ", which a start outside the dev run needs");
    }
  }

  @Test
  void theEnvironmentSampleAndTheReferenceNameEverySettingTheProductReads() throws IOException {
    Set<String> read = settingsReadByTheCode();
    assertTrue(read.size() > 40, "the code was read: " + read);
    String sample = Files.readString(CONFIG.resolve("mentoring.env.sample"));
    String reference = Files.readString(Path.of("../docs/configuration.md"));
    List<String> missing = new ArrayList<>();
    for (String key : read) {
      String variable = key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
      if (!sample.contains(variable + "=")) {
        missing.add(variable + " in config/mentoring.env.sample");
      }
      if (!reference.contains("`" + key + "`")) {
        missing.add(key + " in docs/configuration.md");
      }
    }
    assertEquals(List.of(), missing);
  }

  /**
   * Every setting the product's code reads through MicroProfile Config: the names in its
   * {@code @ConfigProperty} annotations, its {@code ${MPCONFIG=…}} expressions and its constants
   * that name a setting. The dev run's and the tests' own settings are not among them.
   */
  static Set<String> settingsReadByTheCode() throws IOException {
    Pattern named =
        Pattern.compile(
            "\"(mentoring\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)+)\"|MPCONFIG=(mentoring\\.[a-z0-9.-]+)[:}]");
    Set<String> keys = new TreeSet<>();
    for (Path root : List.of(Path.of("src/main/java"), Path.of("../mentoring-web/src/main/java"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          Matcher m = named.matcher(Files.readString(file));
          while (m.find()) {
            keys.add(m.group(1) != null ? m.group(1) : m.group(2));
          }
        }
      }
    }
    keys.removeAll(NOT_SERVER_SETTINGS);
    return keys;
  }

  /**
   * Names in the code that are no setting of a server: a Hibernate property of the tests'
   * persistence unit, the command-line verifier's receipt, and a retired setting read only to warn
   * whoever still sets it.
   */
  static final Set<String> NOT_SERVER_SETTINGS =
      Set.of(
          "mentoring.db.migration-data-source",
          "mentoring.audit.receipt-file",
          "mentoring.audit.seal.every-minutes");

  private static void assertShipsNoSecretAndAnAnchor(Map<String, String> settings) {
    assertTrue(
        settings.getOrDefault("mentoring.audit.anchor.dir", "").startsWith("/"),
        "an absolute anchor directory: " + settings);
    String password = settings.getOrDefault("mentoring.db.password", "");
    assertTrue(password.isBlank(), "no database password is shipped: " + password);
    for (String key : settings.keySet()) {
      assertTrue(
          !key.contains("migration") && !key.contains("secret") && !key.contains("keys"),
          "no owner's login, secret or key is shipped: " + key);
    }
    Map<String, String> withOperatorSecrets = new LinkedHashMap<>(settings);
    withOperatorSecrets.putAll(DeploymentSettingsTest.ownSecrets());
    withOperatorSecrets.put(
        "mentoring.audit.anchor.dir", settings.get("mentoring.audit.anchor.dir"));
    assertEquals(List.of(), DeploymentSettings.check(withOperatorSecrets::get));
  }

  private static Map<String, String> properties(Path file) throws IOException {
    java.util.Properties read = new java.util.Properties();
    try (var in = Files.newBufferedReader(file)) {
      read.load(in);
    }
    Map<String, String> settings = new LinkedHashMap<>();
    read.stringPropertyNames().forEach(key -> settings.put(key, read.getProperty(key)));
    return settings;
  }
}
