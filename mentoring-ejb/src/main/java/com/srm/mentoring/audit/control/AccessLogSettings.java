package com.srm.mentoring.audit.control;

import com.srm.mentoring.audit.entity.SealKeys;
import com.srm.mentoring.audit.entity.SealPolicy;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the access log is sealed, from MicroProfile Config. The built-in key is for the demo only: it
 * is public, so seals made with it prove nothing; production sets its own.
 */
@ApplicationScoped
public class AccessLogSettings {

  /** The id of the key that ships with the product for the demo. */
  public static final String DEMO_KEY_ID = "demo";

  /** The demo key, as {@code mentoring.audit.seal.keys} is written. */
  public static final String DEMO_KEYS =
      DEMO_KEY_ID + ":ZGVtbyBzZWFsIGtleSAtIHJlcGxhY2UgaXQgaW4gcHJvZHVjdGlvbiE=";

  private static final Logger LOG = Logger.getLogger(AccessLogSettings.class.getName());

  @Inject
  @ConfigProperty(name = "mentoring.audit.seal.keys", defaultValue = DEMO_KEYS)
  String keys;

  /** Unset: the first key listed, as for the content keys. */
  @Inject
  @ConfigProperty(name = "mentoring.audit.seal.current-key")
  Optional<String> currentKeySetting;

  private String currentKey;

  @Inject
  @ConfigProperty(name = "mentoring.audit.seal.every-entries", defaultValue = "1000")
  long everyEntries;

  @Inject
  @ConfigProperty(name = "mentoring.audit.seal.every-seconds", defaultValue = "60")
  long everySeconds;

  /** The setting every-seconds replaced; read only to tell whoever still sets it. */
  @Inject
  @ConfigProperty(name = "mentoring.audit.seal.every-minutes")
  Optional<String> everyMinutes;

  @Inject
  @ConfigProperty(name = "mentoring.audit.anchor.dir")
  Optional<String> anchorDir;

  private SealPolicy policy;
  private AnchorFile anchors;

  @PostConstruct
  void read() {
    currentKey =
        currentKeySetting
            .map(String::strip)
            .filter(id -> !id.isEmpty())
            .orElseGet(() -> keys.strip().split(":", 2)[0].strip());
    policy =
        new SealPolicy(
            SealKeys.parse(keys, currentKey), everyEntries, Duration.ofSeconds(everySeconds));
    if (everyMinutes.isPresent()) {
      LOG.warning(
          "mentoring.audit.seal.every-minutes is no longer read: the head is sealed every"
              + " mentoring.audit.seal.every-seconds ("
              + everySeconds
              + " s).");
    }
    anchors =
        anchorDir.filter(dir -> !dir.isBlank()).map(Path::of).map(AnchorFile::in).orElse(null);
    if (anchors == null) {
      anchors = AnchorFile.none();
      LOG.warning(
          "mentoring.audit.anchor.dir is not set: the access log's seals are anchored in the server"
              + " log only.");
    }
    if (DEMO_KEY_ID.equals(currentKey)) {
      LOG.warning(
          "The access log is sealed with the public demo key; set mentoring.audit.seal.keys and"
              + " mentoring.audit.seal.current-key in production.");
    }
  }

  public SealPolicy policy() {
    return policy;
  }

  public SealKeys keys() {
    return policy.keys();
  }

  /** Where the seals are anchored outside the database. */
  public AnchorFile anchors() {
    return anchors;
  }

  public AccessLogWriter writer() {
    return new AccessLogWriter(policy, anchors);
  }
}
