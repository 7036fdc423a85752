package com.srm.mentoring.audit.entity;

import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys seals are made and checked with. New seals use the current key; keys retired by a
 * rotation stay listed so that the seals they made can still be checked. The keys come from the
 * configuration and are never written to the database.
 */
public final class SealKeys {

  /** The shortest key accepted: HMAC-SHA-256 keys shorter than the hash weaken it. */
  public static final int MINIMUM_KEY_BYTES = 32;

  private static final String ALGORITHM = "HmacSHA256";

  /**
   * What a key id may be: it is stored with every seal (64 characters at most), signed between
   * separators and written last on an anchor line, so it holds no separator and no space.
   */
  private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private final Map<String, SecretKeySpec> keys;
  private final String currentId;

  private SealKeys(Map<String, SecretKeySpec> keys, String currentId) {
    this.keys = keys;
    this.currentId = currentId;
  }

  /**
   * Reads keys written as {@code id:base64,id:base64}, and the id of the one that makes new seals.
   *
   * @throws IllegalArgumentException naming what is wrong, without showing any key
   */
  public static SealKeys parse(String keyList, String currentId) {
    Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
    for (String item : keyList.split(",")) {
      String trimmed = item.strip();
      int colon = trimmed.indexOf(':');
      if (colon < 1) {
        throw new IllegalArgumentException(
            "mentoring.audit.seal.keys: each key is written id:base64, separated by commas");
      }
      String id = trimmed.substring(0, colon);
      if (!KEY_ID.matcher(id).matches()) {
        throw new IllegalArgumentException(
            "mentoring.audit.seal.keys: a key id is 1 to 64 letters, digits, '.', '_' or '-'");
      }
      byte[] secret;
      try {
        secret = Base64.getDecoder().decode(trimmed.substring(colon + 1).strip());
      } catch (IllegalArgumentException notBase64) {
        throw new IllegalArgumentException(
            "mentoring.audit.seal.keys: the key " + id + " is not valid base64");
      }
      if (secret.length < MINIMUM_KEY_BYTES) {
        throw new IllegalArgumentException(
            "mentoring.audit.seal.keys: the key "
                + id
                + " has "
                + secret.length
                + " bytes; at least "
                + MINIMUM_KEY_BYTES
                + " are needed");
      }
      if (keys.put(id, new SecretKeySpec(secret, ALGORITHM)) != null) {
        throw new IllegalArgumentException("mentoring.audit.seal.keys: the id " + id + " repeats");
      }
    }
    if (!keys.containsKey(currentId)) {
      throw new IllegalArgumentException(
          "mentoring.audit.seal.current-key: "
              + currentId
              + " is not in mentoring.audit.seal.keys");
    }
    return new SealKeys(Map.copyOf(keys), currentId);
  }

  public String currentId() {
    return currentId;
  }

  /** The MAC the current key makes over {@code bytes}. */
  public byte[] sign(byte[] bytes) {
    return mac(keys.get(currentId), bytes);
  }

  /** Whether the seal's MAC is the one its key makes; false when that key is not configured. */
  public boolean isGenuine(Seal seal) {
    return Optional.ofNullable(keys.get(seal.keyId()))
        .map(key -> MessageDigest.isEqual(mac(key, seal.signedBytes()), seal.mac()))
        .orElse(false);
  }

  private static byte[] mac(SecretKeySpec key, byte[] bytes) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(bytes);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
    }
  }
}
