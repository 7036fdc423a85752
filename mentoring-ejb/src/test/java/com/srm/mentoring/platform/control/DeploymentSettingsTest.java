package com.srm.mentoring.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeploymentSettingsTest {

  static final String OWN_KEY = "2026-11:b3duIHNlYWwga2V5IG9mIHRoaXJ0eS10d28gYnl0ZXMhIQ==";

  static final String OWN_CONTENT_KEY = "2026-12:b3duIGNvbnRlbnQga2V5LCB0aGlydHktdHdvIGJ5dGU=";

  static Map<String, String> ownSecrets() {
    Map<String, String> settings = new HashMap<>();
    settings.put("mentoring.audit.seal.keys", OWN_KEY);
    settings.put("mentoring.content.keys", OWN_CONTENT_KEY);
    settings.put("mentoring.db.password", "an own password");
    settings.put("mentoring.audit.anchor.dir", "/var/lib/mentoring/anchors");
    settings.put("mentoring.identity.client-secret", "s3cret-web");
    settings.put("mentoring.identity.directory-client-secret", "s3cret-directory");
    return settings;
  }

  @Test
  void ownSecretsStart() {
    assertEquals(List.of(), DeploymentSettings.check(ownSecrets()::get));
  }

  @Test
  void unsetSecretsAreTheShippedDefaultsAndAreRefusedNamingEachSetting() {
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> DeploymentSettings.check(key -> null));
    assertTrue(refused.getMessage().contains("set mentoring.db.password ("), refused.getMessage());
    assertTrue(
        refused.getMessage().contains("set mentoring.audit.anchor.dir to a directory"),
        refused.getMessage());
    String message = refused.getMessage();
    assertTrue(
        message.contains(
            "mentoring.audit.seal.keys, mentoring.content.keys, mentoring.identity.client-secret,"
                + " mentoring.identity.directory-client-secret"),
        message);
    assertTrue(message.contains("mentoring.dev=true"), message);
  }

  @Test
  void theDemoSealKeyIsRefusedUnderAnyIdAndBesideOwnKeys() {
    Map<String, String> settings = ownSecrets();
    settings.put(
        "mentoring.audit.seal.keys",
        OWN_KEY + ", old: ZGVtbyBzZWFsIGtleSAtIHJlcGxhY2UgaXQgaW4gcHJvZHVjdGlvbiE=");
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> DeploymentSettings.check(settings::get));
    assertTrue(
        refused.getMessage().contains("set mentoring.audit.seal.keys to"), refused.getMessage());
  }

  @Test
  void aDemoClientSecretIsRefusedNamingItsSetting() {
    Map<String, String> settings = ownSecrets();
    settings.put("mentoring.identity.directory-client-secret", "mentoring-directory-dev-secret");
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> DeploymentSettings.check(settings::get));
    assertTrue(
        refused.getMessage().contains("set mentoring.identity.directory-client-secret to"),
        refused.getMessage());
  }

  @Test
  void theDevRunMayUseThemAndIsToldWhich() {
    Map<String, String> settings = new HashMap<>();
    settings.put("mentoring.dev", "true");
    settings.put("mentoring.db.password", "mentoring");
    assertEquals(
        List.of(
            "mentoring.audit.seal.keys",
            "mentoring.content.keys",
            "mentoring.identity.client-secret",
            "mentoring.identity.directory-client-secret"),
        DeploymentSettings.check(settings::get));
    settings.put("mentoring.dev", "false");
    assertThrows(IllegalStateException.class, () -> DeploymentSettings.check(settings::get));
  }

  @Test
  void aPasswordTheProductPublishesIsRefusedNamingItsSetting() {
    for (String published : List.of("mentoring", "mentoring_owner", " mentoring ")) {
      Map<String, String> settings = ownSecrets();
      settings.put("mentoring.db.password", published);
      IllegalStateException refused =
          assertThrows(IllegalStateException.class, () -> DeploymentSettings.check(settings::get));
      assertTrue(
          refused.getMessage().contains("set mentoring.db.password to a password of your own"),
          refused.getMessage());
    }
  }

  @Test
  void theServerMayNotHoldTheSchemaOwnersPassword() {
    Map<String, String> settings = ownSecrets();
    settings.put("mentoring.db.migration-password", "the owner's own password");
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> DeploymentSettings.check(settings::get));
    assertTrue(
        refused.getMessage().contains("remove mentoring.db.migration-password"),
        refused.getMessage());
  }

  @Test
  void anAnchorDirectoryIsRequiredOutsideTheDevRun() {
    Map<String, String> settings = ownSecrets();
    settings.put("mentoring.audit.anchor.dir", " ");
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> DeploymentSettings.check(settings::get));
    assertTrue(
        refused.getMessage().startsWith("Refusing to start: set mentoring.audit.anchor.dir"),
        refused.getMessage());
    settings.put("mentoring.dev", "true");
    assertEquals(List.of(), DeploymentSettings.check(settings::get));
  }

  @Test
  void aServerThatSendsEmailNeedsThePublicAddressItsLinksPointTo() {
    Map<String, String> settings = ownSecrets();
    settings.put("mentoring.escalation.smtp-host", "smtp.example.org");
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> DeploymentSettings.check(settings::get));
    assertTrue(
        refused.getMessage().startsWith("Refusing to start: set mentoring.http.public-base-url"),
        refused.getMessage());
    settings.put("mentoring.http.public-base-url", "https://mentoring.example.org/");
    assertEquals(List.of(), DeploymentSettings.check(settings::get));
  }

  @Test
  void theDemoClientSecretsAreTheOnesTheDemoRealmShips() throws Exception {
    String realm = Files.readString(Path.of("../config/keycloak/mentoring-realm.json"));
    for (String secret : ShippedSecrets.DEMO_CLIENT_SECRETS.values()) {
      assertTrue(realm.contains("\"secret\": \"" + secret + "\""), secret);
    }
  }

  @Test
  void theShippedKeyIsTheOneTheSettingsDefaultTo() {
    assertTrue(
        com.srm.mentoring.audit.control.AccessLogSettings.DEMO_KEYS.endsWith(
            ":" + ShippedSecrets.DEMO_SEAL_KEY));
  }
}
