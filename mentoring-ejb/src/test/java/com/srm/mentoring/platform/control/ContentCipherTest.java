package com.srm.mentoring.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.platform.entity.ContentKeys;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ContentCipherTest {

  static final String GONE =
      ContentKeys.parse(
              "k", "gone:" + Base64.getEncoder().encodeToString("g".repeat(32).getBytes()), null)
          .seal("sealed with a key this server does not have");

  @Test
  void aTextWhoseKeyIsNotConfiguredIsReadAsStoredAndShownAsUnreadable() {
    String read = ContentCipher.read(GONE);
    assertEquals(GONE, read, "kept as stored, so that nothing is lost");
    assertTrue(ContentCipher.isUnreadable(read));
    assertEquals(ContentCipher.UNREADABLE, ContentCipher.shown(read));
  }

  @Test
  void sealedAndPlainTextReadAsTheirText() {
    String sealed = ContentCipher.seal("Mein Mentor unterbricht mich");
    assertEquals("Mein Mentor unterbricht mich", ContentCipher.read(sealed));
    assertEquals("written before sealing", ContentCipher.read("written before sealing"));
    assertFalse(ContentCipher.isUnreadable(ContentCipher.read(sealed)));
    assertEquals("x", ContentCipher.shown("x"));
    assertEquals(null, ContentCipher.read(null));
  }

  @Test
  void aPastedCiphertextIsSealedLikeAnyTextNeverStoredAsItIs() {
    String sealed = ContentCipher.seal(GONE);
    assertFalse(sealed.equals(GONE));
    assertEquals(GONE, ContentCipher.read(sealed));
  }
}
