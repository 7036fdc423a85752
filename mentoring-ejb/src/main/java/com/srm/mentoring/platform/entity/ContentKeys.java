package com.srm.mentoring.platform.entity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys that encrypt what people wrote (a concern, its notes, a feedback note) before it reaches
 * the database, so that a backup, a replica or someone with SQL access reads ciphertext only.
 * AES-256 in GCM mode: a fresh random nonce per value, and the tag makes a changed ciphertext fail
 * to open instead of opening to something else.
 *
 * <p>New values are sealed with the current key; keys retired by a rotation stay listed so that
 * what they sealed still opens, until everything has been sealed again with the current one. A
 * sealed value names its key: {@code enc:v1:<key id>:<base64 of nonce, ciphertext and tag>}. The
 * keys come from the configuration and are never written to the database.
 */
public final class ContentKeys {

  /** What every sealed value starts with; nothing a person types is stored with it in the clear. */
  public static final String PREFIX = "enc:v1:";

  /** AES-256: exactly 32 bytes. */
  public static final int KEY_BYTES = 32;

  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, SecretKeySpec> keys;
  private final String currentId;

  private ContentKeys(Map<String, SecretKeySpec> keys, String currentId) {
    this.keys = keys;
    this.currentId = currentId;
  }

  /**
   * Reads keys written as {@code id:base64,id:base64}, and the id of the one that seals new values.
   *
   * @param setting the name of the setting the keys come from, for the messages
   * @throws IllegalArgumentException naming what is wrong, without showing any key
   */
  public static ContentKeys parse(String setting, String keyList, String currentId) {
    Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
    for (String item : keyList.split(",")) {
      String trimmed = item.strip();
      int colon = trimmed.indexOf(':');
      if (colon < 1) {
        throw new IllegalArgumentException(
            setting + ": each key is written id:base64, separated by commas");
      }
      String id = trimmed.substring(0, colon);
      if (!KEY_ID.matcher(id).matches()) {
        throw new IllegalArgumentException(
            setting + ": a key id is 1 to 64 letters, digits, '.', '_' or '-'");
      }
      byte[] secret;
      try {
        secret = Base64.getDecoder().decode(trimmed.substring(colon + 1).strip());
      } catch (IllegalArgumentException notBase64) {
        throw new IllegalArgumentException(setting + ": the key " + id + " is not valid base64");
      }
      if (secret.length != KEY_BYTES) {
        throw new IllegalArgumentException(
            setting
                + ": the key "
                + id
                + " has "
                + secret.length
                + " bytes; AES-256 takes exactly "
                + KEY_BYTES
                + " (openssl rand -base64 32)");
      }
      if (keys.put(id, new SecretKeySpec(secret, "AES")) != null) {
        throw new IllegalArgumentException(setting + ": the id " + id + " repeats");
      }
    }
    String current = currentId == null || currentId.isBlank() ? firstId(keys) : currentId.strip();
    if (!keys.containsKey(current)) {
      throw new IllegalArgumentException(
          setting + ": the current key " + current + " is not among the keys listed");
    }
    return new ContentKeys(Map.copyOf(keys), current);
  }

  private static String firstId(Map<String, SecretKeySpec> keys) {
    return keys.keySet().stream().findFirst().orElse("");
  }

  public String currentId() {
    return currentId;
  }

  /** The text sealed with the current key; null stays null. */
  public String seal(String plain) {
    if (plain == null) {
      return null;
    }
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    byte[] sealed = crypt(Cipher.ENCRYPT_MODE, keys.get(currentId), nonce, utf8(plain));
    ByteBuffer out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed);
    return PREFIX + currentId + ":" + Base64.getEncoder().encodeToString(out.array());
  }

  /**
   * The text a sealed value holds. A value without the prefix was written before content was
   * encrypted and is answered as it is, until it is sealed again.
   *
   * @throws IllegalStateException when the value's key is not configured, or the value was changed
   */
  public String open(String stored) {
    if (stored == null || !stored.startsWith(PREFIX)) {
      return stored;
    }
    String rest = stored.substring(PREFIX.length());
    int colon = rest.indexOf(':');
    String id = keyIdOf(stored).orElse("");
    SecretKeySpec key =
        Optional.ofNullable(keys.get(id))
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "a stored text is sealed with the key "
                            + id
                            + ", which is not configured: list it again among the content keys"));
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(rest.substring(colon + 1));
    } catch (IllegalArgumentException notBase64) {
      bytes = new byte[0];
    }
    if (bytes.length <= NONCE_BYTES) {
      throw new IllegalStateException("a stored text sealed with the key " + id + " is malformed");
    }
    byte[] nonce = new byte[NONCE_BYTES];
    System.arraycopy(bytes, 0, nonce, 0, NONCE_BYTES);
    byte[] sealed = new byte[bytes.length - NONCE_BYTES];
    System.arraycopy(bytes, NONCE_BYTES, sealed, 0, sealed.length);
    return new String(crypt(Cipher.DECRYPT_MODE, key, nonce, sealed), StandardCharsets.UTF_8);
  }

  /** The id of the key a stored value names, if it is a sealed value. */
  public static Optional<String> keyIdOf(String stored) {
    if (stored == null || !stored.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String rest = stored.substring(PREFIX.length());
    int colon = rest.indexOf(':');
    return Optional.of(colon < 0 ? "" : rest.substring(0, colon));
  }

  /** The ids of the keys listed, the current one among them. */
  public Set<String> ids() {
    return keys.keySet();
  }

  /** Whether the stored value is sealed with the current key; plain or older values are not. */
  public boolean isCurrent(String stored) {
    return stored == null || stored.startsWith(PREFIX + currentId + ":");
  }

  private static byte[] crypt(int mode, SecretKeySpec key, byte[] nonce, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
      return cipher.doFinal(input);
    } catch (AEADBadTagException changed) {
      throw new IllegalStateException("a stored text was changed outside the application", changed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has " + TRANSFORMATION, e);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
