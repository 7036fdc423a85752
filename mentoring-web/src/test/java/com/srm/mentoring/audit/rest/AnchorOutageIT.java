package com.srm.mentoring.audit.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.audit.control.AnchorFile;
import com.srm.mentoring.pulse.rest.PulseProgram;
import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.HttpProbe;
import com.srm.mentoring.testsupport.IntegrationEnvironment;
import com.srm.mentoring.testsupport.NewPeople;
import com.srm.mentoring.testsupport.SharedApplication;
import com.srm.mentoring.testsupport.Tokens;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The access log's anchor file cannot be written: the log takes no entry it could not anchor, so a
 * change is refused with a 503 and stored nowhere; readiness is DOWN naming the anchors; the server
 * log tells the operator once. Once the file can be written again, the same change goes through.
 */
@ExtendWith(SharedApplication.class)
class AnchorOutageIT {

  @ApplicationUrl URL base;

  @Test
  void anUnwritableAnchorFileRefusesChangesUntilItIsWritableAgain() throws Exception {
    Api api = new Api(base);
    String person = NewPeople.create("anchorless", "employee");
    String token = Tokens.of(person);
    JsonObject charter = Api.json(api.get("charter/current", token)).asJsonObject();
    String signature =
        "{\"version\": %d, \"hash\": \"%s\"}"
            .formatted(charter.getInt("version"), charter.getString("hash"));
    Path file = IntegrationEnvironment.anchorDir().resolve(AnchorFile.FILE_NAME);
    Path held = file.resolveSibling(AnchorFile.FILE_NAME + ".held");
    Path log = IntegrationEnvironment.applicationLog();
    long logBefore = Files.size(log);

    // a directory where the file should be: not writable, even for a server running as root
    if (Files.exists(file)) {
      Files.move(file, held, StandardCopyOption.REPLACE_EXISTING);
    }
    Files.createDirectory(file);
    try {
      for (int i = 0; i < 3; i++) {
        HttpResponse<String> refused = api.post("charter/signatures", token, signature);
        assertEquals(503, refused.statusCode(), refused.body());
        assertTrue(
            refused.headers().firstValue("Content-Type").orElse("").contains("problem+json"),
            refused.headers().toString());
        assertTrue(refused.body().contains("cannot be anchored"), refused.body());
      }
      assertEquals(0, signatures(person), "nothing stored without its log entry");
      HttpResponse<String> ready =
          HttpProbe.get(URI.create(base.toExternalForm()).resolve("/health/ready"));
      assertEquals(503, ready.statusCode(), ready.body());
      assertTrue(ready.body().matches("(?s).*\"name\":\\s*\"access-log-anchors\".*"), ready.body());
      String logged = logSince(log, logBefore);
      String message = "The access log's anchor file " + file + " cannot be written";
      assertEquals(1, logged.split(java.util.regex.Pattern.quote(message), -1).length - 1, logged);
    } finally {
      Files.delete(file);
      if (Files.exists(held)) {
        Files.move(held, file);
      }
    }
    HttpResponse<String> signed = api.post("charter/signatures", token, signature);
    assertTrue(signed.statusCode() == 200 || signed.statusCode() == 201, signed.body());
    assertEquals(1, signatures(person));
    assertEquals(
        200,
        HttpProbe.get(URI.create(base.toExternalForm()).resolve("/health/ready")).statusCode());
  }

  private static long signatures(String username) throws Exception {
    return PulseProgram.count(
        "SELECT count(*) FROM charter_signature s JOIN person p ON p.subject = s.subject"
            + " WHERE p.username = ?",
        username);
  }

  private static String logSince(Path log, long offset) throws Exception {
    byte[] all = Files.readAllBytes(log);
    return new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8);
  }
}
