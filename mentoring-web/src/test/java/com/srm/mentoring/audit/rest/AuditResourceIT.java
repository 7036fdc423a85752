package com.srm.mentoring.audit.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.audit.control.AnchorFile;
import com.srm.mentoring.audit.entity.Anchor;
import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Await;
import com.srm.mentoring.testsupport.IntegrationEnvironment;
import com.srm.mentoring.testsupport.SharedApplication;
import com.srm.mentoring.testsupport.Tokens;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The access log over REST, with real tokens: who reaches it, what it shows, and bad input. */
@ExtendWith(SharedApplication.class)
class AuditResourceIT {

  @ApplicationUrl URL base;

  static String requestId() {
    return "it-" + UUID.randomUUID();
  }

  /** Every entry that matches the query, across all pages, as the auditor reads them. */
  static List<JsonObject> allEntries(Api api, String auditor, String query) throws Exception {
    List<JsonObject> entries = new ArrayList<>();
    String cursor = null;
    do {
      HttpResponse<String> page =
          api.get(
              "audit/entries?size=2&" + query + (cursor == null ? "" : "&cursor=" + cursor),
              auditor);
      assertEquals(200, page.statusCode(), page.body());
      JsonObject body = Api.json(page).asJsonObject();
      body.getJsonArray("entries").forEach(e -> entries.add(e.asJsonObject()));
      cursor = body.containsKey("next") ? body.getString("next") : null;
    } while (cursor != null);
    return entries;
  }

  static List<JsonObject> withRequestId(List<JsonObject> entries, String requestId) {
    return entries.stream().filter(e -> requestId.equals(e.getString("requestId", null))).toList();
  }

  @Test
  void everyoneButAuditorsFindsNothingAndIsLogged() throws Exception {
    Api api = new Api(base);
    String audrey = Tokens.of("audrey");
    HttpResponse<String> missing = api.get("audit/no-such-thing", Tokens.of("jun"));
    assertEquals(404, missing.statusCode());

    for (String refused : new String[] {"jun", "sam", "hana", "farid", "erin"}) {
      String token = Tokens.of(refused);
      for (String path :
          new String[] {
            "audit/entries", "audit/entries.csv", "audit/verification", "audit/receipt"
          }) {
        HttpResponse<String> denied = api.get(path, token);
        assertEquals(404, denied.statusCode(), refused + " " + path);
        String requestId = Api.requestId(denied);
        assertEquals(missing.body(), denied.body(), "a refusal reads like a missing record");

        List<JsonObject> logged =
            withRequestId(
                allEntries(api, audrey, "actor=" + refused + "&outcome=denied"), requestId);
        assertEquals(1, logged.size(), refused + " " + path + ": " + logged);
        assertEquals("read", logged.get(0).getString("action"));
        assertEquals("/api/" + path, logged.get(0).getString("recordType"));
      }
    }
  }

  @Test
  void readingTheLogIsItselfLoggedUnderTheServersRequestId() throws Exception {
    Api api = new Api(base);
    String audrey = Tokens.of("audrey");
    String claimed = requestId();
    String before =
        URLEncoder.encode(Instant.now().minusSeconds(5).toString(), StandardCharsets.UTF_8);
    HttpResponse<String> read =
        api.getClaimingRequestId("audit/entries?recordType=cohort", audrey, claimed);
    assertEquals(200, read.statusCode(), read.body());
    String requestId = Api.requestId(read);
    assertNotEquals(claimed, requestId, "the server names the request, not the caller");

    List<JsonObject> logged =
        withRequestId(allEntries(api, audrey, "actor=audrey&action=read"), requestId);
    assertEquals(1, logged.size(), logged.toString());
    JsonObject entry = logged.get(0);
    assertEquals("access-log", entry.getString("recordType"));
    assertEquals("granted", entry.getString("outcome"));
    assertEquals("127.0.0.1", entry.getString("clientIp"));
    assertFalse(entry.getString("subject").isBlank(), "the OIDC subject is recorded");
    assertEquals(64, entry.getString("hash").length());
    assertFalse(entry.containsKey("forwardedRequestId"), "not from a trusted proxy: " + entry);
    List<JsonObject> all = allEntries(api, audrey, "actor=audrey&from=" + before);
    assertTrue(
        all.stream()
            .noneMatch(
                e ->
                    claimed.equals(e.getString("requestId", null))
                        || claimed.equals(e.getString("forwardedRequestId", null))),
        "the claimed id is nowhere in the log");
  }

  @Test
  void pagesAreNewestFirstWithoutGapsOrRepeats() throws Exception {
    Api api = new Api(base);
    String sam = Tokens.of("sam");
    Set<String> sent = new HashSet<>();
    for (int i = 0; i < 5; i++) {
      HttpResponse<String> refused = api.get("audit/entries", sam);
      assertEquals(404, refused.statusCode());
      sent.add(Api.requestId(refused));
    }
    List<JsonObject> entries = allEntries(api, Tokens.of("audrey"), "actor=sam&outcome=denied");
    long previous = Long.MAX_VALUE;
    Set<Long> seen = new HashSet<>();
    for (JsonObject entry : entries) {
      long sequence = entry.getJsonNumber("sequence").longValue();
      assertTrue(sequence < previous, "newest first, each entry once");
      assertTrue(seen.add(sequence));
      assertEquals("sam", entry.getString("username"));
      assertEquals("denied", entry.getString("outcome"));
      previous = sequence;
    }
    Set<String> found = new HashSet<>();
    entries.forEach(e -> found.add(e.getString("requestId", "")));
    assertTrue(found.containsAll(sent), "all five refusals are on the pages");
  }

  @Test
  void theTimeRangeFilters() throws Exception {
    Api api = new Api(base);
    String audrey = Tokens.of("audrey");
    assertEquals(404, api.get("audit/entries", Tokens.of("jun")).statusCode());
    String future = URLEncoder.encode("2999-01-01T00:00:00Z", StandardCharsets.UTF_8);
    HttpResponse<String> none = api.get("audit/entries?from=" + future, audrey);
    assertEquals(200, none.statusCode(), none.body());
    assertTrue(Api.json(none).asJsonObject().getJsonArray("entries").isEmpty());
    HttpResponse<String> all = api.get("audit/entries?to=" + future + "&actor=jun", audrey);
    assertFalse(Api.json(all).asJsonObject().getJsonArray("entries").isEmpty());
  }

  @Test
  void wrongFilterValuesAreRefusedNamingTheParameter() throws Exception {
    Api api = new Api(base);
    String audrey = Tokens.of("audrey");
    String[][] cases = {
      {"outcome=maybe", "outcome"},
      {"action=smash", "action"},
      {"from=yesterday", "from"},
      {"to=2026-13-45T99:00:00Z", "to"},
      {"from=2026-11-28T00:00:00Z&to=2026-11-27T00:00:00Z", "from"},
      {"cursor=abc", "cursor"},
      {"cursor=-4", "cursor"},
      {"size=0", "size"},
      {"size=100000", "size"},
      {"size=lots", "size"}
    };
    for (String[] wrong : cases) {
      HttpResponse<String> refused = api.get("audit/entries?" + wrong[0], audrey);
      assertEquals(400, refused.statusCode(), wrong[0] + ": " + refused.body());
      String detail = Api.json(refused).asJsonObject().getString("detail");
      assertTrue(detail.startsWith(wrong[1] + ":"), wrong[0] + " -> " + detail);
    }
    HttpResponse<String> csv = api.get("audit/entries.csv?outcome=maybe", audrey);
    assertEquals(400, csv.statusCode(), csv.body());
  }

  @Test
  void theCsvExportHoldsTheFilteredEntriesAndIsLogged() throws Exception {
    Api api = new Api(base);
    String audrey = Tokens.of("audrey");
    assertEquals(404, api.get("audit/entries", Tokens.of("erin")).statusCode());
    HttpResponse<String> csv = api.get("audit/entries.csv?actor=erin", audrey);
    assertEquals(200, csv.statusCode(), csv.body());
    String requestId = Api.requestId(csv);
    assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
    String[] lines = csv.body().split("\r\n");
    assertEquals(
        "sequence,occurred_at,subject,username,action,record_type,record_id,outcome,client_ip,"
            + "request_id,forwarded_request_id,record_ids,hash",
        lines[0]);
    assertTrue(lines.length > 1, "erin's refusal is exported");
    for (int i = 1; i < lines.length; i++) {
      assertEquals("erin", lines[i].split(",")[3], lines[i]);
    }
    List<JsonObject> logged =
        withRequestId(allEntries(api, audrey, "actor=audrey&action=export"), requestId);
    assertEquals(1, logged.size(), "the export is logged");
  }

  @Test
  void aQuietLogIsSealedAndAnchoredWithinTheWindow() throws Exception {
    Api api = new Api(base);
    String since =
        URLEncoder.encode(Instant.now().minusSeconds(5).toString(), StandardCharsets.UTF_8);
    HttpResponse<String> read = api.get("concerns", Tokens.of("jun"));
    assertEquals(200, read.statusCode(), read.body());
    Instant answered = Instant.now();
    String requestId = Api.requestId(read);
    long sequence =
        withRequestId(allEntries(api, Tokens.of("audrey"), "actor=jun&from=" + since), requestId)
            .get(0)
            .getJsonNumber("sequence")
            .longValue();
    // read straight from the anchor directory: waiting adds nothing to the log
    AnchorFile anchors = AnchorFile.in(IntegrationEnvironment.anchorDir());
    Await.until(
        () -> anchors.newest().map(Anchor::sequence).orElse(0L),
        anchored -> anchored >= sequence,
        "the seal over entry " + sequence + " anchored");
    Duration took = Duration.between(answered, Instant.now());
    assertTrue(
        took.compareTo(IntegrationEnvironment.ACCESS_LOG_SEAL_EVERY.multipliedBy(2)) <= 0,
        "sealed within the window, give or take a busy server's delay: " + took);
  }

  @Test
  void verificationReportsAWholeLog() throws Exception {
    Api api = new Api(base);
    HttpResponse<String> verification = api.get("audit/verification", Tokens.of("audrey"));
    assertEquals(200, verification.statusCode(), verification.body());
    JsonObject result = Api.json(verification).asJsonObject();
    assertEquals(JsonValue.TRUE, result.get("ok"), result.toString());
    assertTrue(result.getJsonNumber("entries").longValue() > 0);
    // the first entry of a log is always sealed, so there is an anchor outside the database
    assertTrue(
        Set.of("ok", "entries", "anchorSequence", "unsealedEntries", "unsealedSince")
            .containsAll(result.keySet()),
        result.toString());
    assertTrue(result.getJsonNumber("anchorSequence").longValue() >= 1);
    assertNull(result.get("damage"));
    // what could still be cut off unnoticed: entries after the last seal, none older than the
    // window the schedule seals within (a minute), give or take a busy server's delay
    long unsealed = result.getJsonNumber("unsealedEntries").longValue();
    assertEquals(unsealed > 0, result.containsKey("unsealedSince"), result.toString());
    if (unsealed > 0) {
      Instant since = Instant.parse(result.getString("unsealedSince"));
      Duration window = IntegrationEnvironment.ACCESS_LOG_SEAL_EVERY;
      assertTrue(since.isAfter(Instant.now().minus(window.multipliedBy(3))), result.toString());
    }
  }

  @Test
  void aReceiptIsTheNewestAnchorAndTheLogIsVerifiedAgainstIt() throws Exception {
    Api api = new Api(base);
    String audrey = Tokens.of("audrey");
    assertEquals(404, api.get("audit/entries", Tokens.of("jun")).statusCode());
    HttpResponse<String> download = api.get("audit/receipt", audrey);
    assertEquals(200, download.statusCode(), download.body());
    assertTrue(
        download.headers().firstValue("Content-Disposition").orElseThrow().contains("attachment"));
    String receipt = download.body().strip();
    assertTrue(
        receipt.matches(
            "access-log-seal number=\\d+ sequence=\\d+ head=\\p{XDigit}{64}"
                + " mac=\\p{XDigit}{64} key=\\S+"),
        receipt);
    List<String> anchored =
        Files.readAllLines(IntegrationEnvironment.anchorDir().resolve("access-log-anchors.txt"));
    assertTrue(anchored.contains(receipt), "the receipt is a line of the anchor file");

    JsonObject byQuery = verified(api.get("audit/verification?receipt=" + encode(receipt), audrey));
    assertEquals(JsonValue.TRUE, byQuery.get("ok"), byQuery.toString());
    assertEquals("covered", byQuery.getString("receipt"));
    JsonObject byUpload = verified(api.postText("audit/verification", audrey, receipt + "\n"));
    assertEquals("covered", byUpload.getString("receipt"), byUpload.toString());

    // a receipt of a seal the log does not hold: entries it vouched for are gone
    String foreign =
        receipt
            .replaceFirst("number=\\d+", "number=999999999")
            .replaceFirst("sequence=\\d+", "sequence=999999999");
    JsonObject notCovered =
        verified(api.get("audit/verification?receipt=" + encode(foreign), audrey));
    assertEquals(JsonValue.FALSE, notCovered.get("ok"), notCovered.toString());
    assertEquals("not-covered", notCovered.getString("receipt"));
    assertEquals("truncated", notCovered.getString("damage"));
  }

  @Test
  void aReceiptThatIsNotOneIsRefusedNamingIt() throws Exception {
    Api api = new Api(base);
    String audrey = Tokens.of("audrey");
    for (String wrong :
        new String[] {
          "hello",
          "access-log-seal number=x sequence=1 head=00 mac=00 key=k",
          "access-log-seal number=1 sequence=1 head=00 mac=00 key=k"
        }) {
      HttpResponse<String> refused = api.get("audit/verification?receipt=" + encode(wrong), audrey);
      assertEquals(400, refused.statusCode(), wrong + ": " + refused.body());
      String detail = Api.json(refused).asJsonObject().getString("detail");
      assertTrue(detail.startsWith("receipt:"), wrong + " -> " + detail);
    }
    HttpResponse<String> upload = api.postText("audit/verification", audrey, "hello");
    assertEquals(400, upload.statusCode(), upload.body());
  }

  static JsonObject verified(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    return Api.json(response).asJsonObject();
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Test
  void anAuditorWhoLosesTheRoleIsRefusedWithTheStillValidToken() throws Exception {
    Api api = new Api(base);
    String hana = Tokens.of("hana");
    String audrey = Tokens.of("audrey");
    try {
      assertEquals(200, api.put("directory/people/sam/roles/auditor", hana).statusCode());
      String samAsAuditor = Tokens.of("sam");
      assertEquals(200, api.get("audit/entries", samAsAuditor).statusCode());

      assertEquals(200, api.delete("directory/people/sam/roles/auditor", hana).statusCode());
      HttpResponse<String> refused = api.get("audit/entries", samAsAuditor);
      assertEquals(404, refused.statusCode());
      String requestId = Api.requestId(refused);

      // refused by the application's own record, once: the boundary names what was refused
      List<JsonObject> logged =
          withRequestId(allEntries(api, audrey, "actor=sam&outcome=denied"), requestId);
      assertEquals(1, logged.size(), logged.toString());
      assertEquals("access-log", logged.get(0).getString("recordType"));
      assertNotNull(logged.get(0).getString("subject", null));
    } finally {
      api.delete("directory/people/sam/roles/auditor", hana);
    }
  }
}
