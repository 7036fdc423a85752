package com.srm.mentoring.platform.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The secrets the product ships with for the demo: the access log's seal key and the content key
 * (in the code) and the Keycloak clients' secrets (in the demo realm). They are public, so a server
 * that uses them can be impersonated and its seals forged. Only the dev run ({@value #DEV}{@code
 * =true}, which the run command and the tests set) may start with them.
 */
public final class ShippedSecrets {

  /** The setting that marks the dev run. */
  public static final String DEV = "mentoring.dev";

  static final String SEAL_KEYS = "mentoring.audit.seal.keys";

  /** The demo seal key's bytes, in base64, under whatever id it is listed. */
  static final String DEMO_SEAL_KEY = "ZGVtbyBzZWFsIGtleSAtIHJlcGxhY2UgaXQgaW4gcHJvZHVjdGlvbiE=";

  static final String CONTENT_KEYS = "mentoring.content.keys";

  /** The demo content key's bytes, in base64. */
  static final String DEMO_CONTENT_KEY = "ZGVtbyBjb250ZW50IGtleTogcmVwbGFjZSBpdCBub3c=";

  /** The client secrets of the demo realm, which are also the settings' built-in defaults. */
  static final Map<String, String> DEMO_CLIENT_SECRETS =
      Map.of(
          "mentoring.identity.client-secret", "mentoring-web-dev-secret",
          "mentoring.identity.directory-client-secret", "mentoring-directory-dev-secret");

  private ShippedSecrets() {}

  /**
   * The settings that hold a shipped secret; unset counts, as the built-in defaults are the shipped
   * ones.
   */
  public static List<String> inUse(UnaryOperator<String> settings) {
    List<String> found = new ArrayList<>();
    if (holdsDemoKey(settings.apply(SEAL_KEYS), DEMO_SEAL_KEY)) {
      found.add(SEAL_KEYS);
    }
    if (holdsDemoKey(settings.apply(CONTENT_KEYS), DEMO_CONTENT_KEY)) {
      found.add(CONTENT_KEYS);
    }
    DEMO_CLIENT_SECRETS.entrySet().stream()
        .filter(
            demo -> {
              String value = settings.apply(demo.getKey());
              return value == null || value.isBlank() || value.strip().equals(demo.getValue());
            })
        .map(Map.Entry::getKey)
        .sorted()
        .forEach(found::add);
    return found;
  }

  /** Whether a key list is unset or lists the demo key. */
  private static boolean holdsDemoKey(String keys, String demoKey) {
    return keys == null
        || keys.isBlank()
        || Arrays.stream(keys.split(","))
            .map(key -> key.substring(key.indexOf(':') + 1).strip())
            .anyMatch(demoKey::equals);
  }
}
