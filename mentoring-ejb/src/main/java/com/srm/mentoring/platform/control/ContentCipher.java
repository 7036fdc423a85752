package com.srm.mentoring.platform.control;

import com.srm.mentoring.platform.entity.ContentKeys;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The content keys as configured ({@value #KEYS}, {@value #CURRENT_KEY}), for the entities' {@link
 * SealedText} columns and whatever else seals text on its way to the database.
 *
 * <p>It is read once, statically, because JPA creates attribute converters itself, outside CDI.
 * Without the setting it uses the demo key that ships with the product; outside the dev run the
 * deployment stops before that can happen ({@link ShippedSecrets}).
 */
public final class ContentCipher {

  /** The keys, as {@code id:base64,id:base64}, 32 bytes each. */
  public static final String KEYS = "mentoring.content.keys";

  /** The id of the key that seals new values; unset, the first key listed. */
  public static final String CURRENT_KEY = "mentoring.content.current-key";

  /** The id of the key that ships with the product for the demo. */
  public static final String DEMO_KEY_ID = "demo";

  /** The demo key, as {@value #KEYS} is written: public, so it protects nothing. */
  public static final String DEMO_KEYS = DEMO_KEY_ID + ":" + ShippedSecrets.DEMO_CONTENT_KEY;

  /**
   * What the API says in place of a text that cannot be read; pages say it in the reader's
   * language.
   */
  public static final String UNREADABLE = "cannot be read: its key is not configured";

  private static final Logger LOG = Logger.getLogger(ContentCipher.class.getName());

  /** The ids of keys whose values could not be opened, each logged once. */
  private static final Set<String> UNOPENED = ConcurrentHashMap.newKeySet();

  private static volatile ContentKeys keys;

  private ContentCipher() {}

  /** The configured keys, read at the first use. */
  public static ContentKeys keys() {
    ContentKeys read = keys;
    if (read == null) {
      synchronized (ContentCipher.class) {
        if (keys == null) {
          keys = from(ContentCipher::setting);
        }
        read = keys;
      }
    }
    return read;
  }

  /** The keys the settings name, or the demo key when they name none. */
  public static ContentKeys from(UnaryOperator<String> settings) {
    String list = settings.apply(KEYS);
    if (list == null || list.isBlank()) {
      return ContentKeys.parse(KEYS, DEMO_KEYS, DEMO_KEY_ID);
    }
    return ContentKeys.parse(KEYS, list, settings.apply(CURRENT_KEY));
  }

  /** Seals text with the current key; null stays null. */
  public static String seal(String plain) {
    return keys().seal(plain);
  }

  /** Opens what {@link #seal} made, or answers text stored before content was sealed as it is. */
  public static String open(String stored) {
    return keys().open(stored);
  }

  /**
   * Opens a stored value as {@link #open} does, but answers a value that cannot be opened (its key
   * is not configured, or it was changed outside the application) as it is stored, logging the
   * key's id once: a page shows such a value as unreadable ({@link #isUnreadable}) rather than
   * failing, and the entities write back only what changed, so the stored value stays as it was
   * until its key is listed again.
   */
  public static String read(String stored) {
    try {
      return keys().open(stored);
    } catch (IllegalStateException cannotOpen) {
      String id = ContentKeys.keyIdOf(stored).orElse("");
      if (UNOPENED.add(id)) {
        LOG.log(
            Level.WARNING,
            "A stored text cannot be read, shown as unreadable until this is fixed: {0}"
                + " (further texts of the key {1} are not logged)",
            new Object[] {cannotOpen.getMessage(), id});
      }
      return stored;
    }
  }

  /**
   * Whether a text read through {@link #read} could not be opened: after reading, only such a value
   * still carries the sealed prefix.
   */
  public static boolean isUnreadable(String text) {
    return text != null && text.startsWith(ContentKeys.PREFIX);
  }

  /** The text as shown over the API: an unreadable one says so, in {@link #UNREADABLE}'s words. */
  public static String shown(String text) {
    return isUnreadable(text) ? UNREADABLE : text;
  }

  /**
   * A setting from MicroProfile Config in a server, and from system properties or the environment
   * outside one (a command-line tool, a test's persistence unit).
   */
  private static String setting(String key) {
    try {
      Config config = ConfigProvider.getConfig(ContentCipher.class.getClassLoader());
      return config.getOptionalValue(key, String.class).orElse(null);
    } catch (IllegalStateException | java.util.ServiceConfigurationError noConfig) {
      return Optional.ofNullable(System.getProperty(key))
          .orElseGet(
              () -> System.getenv(key.toUpperCase(java.util.Locale.ROOT).replaceAll("[.-]", "_")));
    }
  }
}
