package com.srm.mentoring.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.CharterSigning;
import com.srm.mentoring.testsupport.HttpProbe;
import com.srm.mentoring.testsupport.IntegrationEnvironment;
import com.srm.mentoring.testsupport.NewPeople;
import com.srm.mentoring.testsupport.PostgresServer;
import com.srm.mentoring.testsupport.Rounds;
import com.srm.mentoring.testsupport.SharedApplication;
import com.srm.mentoring.testsupport.StoredRows;
import com.srm.mentoring.testsupport.Tokens;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The timers as an operator sees them: every round counted in {@code /metrics}, with the seals, the
 * directory syncs and the refused reads; a round that keeps failing logged with its stack trace and
 * named by the readiness check {@code scheduled-rounds} until it succeeds again.
 */
@ExtendWith(SharedApplication.class)
class RoundsAndMetricsIT {

  private static final List<String> ROUNDS =
      List.of(
          "pulse-release",
          "rating-release",
          "escalation-sweep",
          "warning-sweep",
          "access-log-seal",
          "directory-sync",
          "content-reseal",
          "mail-send");

  @ApplicationUrl URL base;

  @Test
  void roundsSyncsAndRefusedReadsAreCounted() throws Exception {
    Api api = new Api(base);
    String hana = Tokens.of("hana");
    String prober = Tokens.of(NewPeople.create("prober", "employee"));
    CharterSigning.signCurrent(api, prober);
    String metricsBefore = metrics();
    for (String round : ROUNDS) {
      Rounds.run(api, hana, round);
    }
    assertEquals(404, api.get("concerns/" + UUID.randomUUID(), prober).statusCode());
    String metricsAfter = metrics();
    for (String round : ROUNDS) {
      assertTrue(
          value(metricsAfter, "srm_round_runs", round)
              > value(metricsBefore, "srm_round_runs", round),
          round + " counted: " + metricsAfter);
    }
    assertTrue(
        value(metricsAfter, "srm_directory_syncs", null)
            > value(metricsBefore, "srm_directory_syncs", null),
        metricsAfter);
    assertTrue(
        value(metricsAfter, "srm_refused_reads", null)
            > value(metricsBefore, "srm_refused_reads", null),
        metricsAfter);
    assertTrue(
        value(metricsAfter, "srm_token_cache_hits", null)
            > value(metricsBefore, "srm_token_cache_hits", null),
        "the prober's token, seen before, came from the cache: " + metricsAfter);
    assertTrue(value(metricsAfter, "srm_token_cache_misses", null) >= 1, metricsAfter);
    assertTrue(value(metricsAfter, "srm_caller_record_reads", null) >= 1, metricsAfter);
    assertTrue(value(metricsAfter, "srm_access_log_seals", null) >= 1, metricsAfter);
    assertTrue(value(metricsAfter, "srm_mail_backlog", null) >= 0, metricsAfter);
  }

  @Test
  void aRoundThatKeepsFailingIsNamedInHealthAndLoggedWithItsStackTrace() throws Exception {
    Api api = new Api(base);
    String hana = Tokens.of("hana");
    Path log = IntegrationEnvironment.applicationLog();
    long logBefore = Files.size(log);
    double failuresBefore = value(metrics(), "srm_round_failures", "mail-send");
    // the application's role loses its rights on the outbox: every mail round fails from now on
    StoredRows.asOwner("REVOKE ALL ON mail_outbox FROM " + PostgresServer.USER);
    try {
      for (int i = 0; i < 5; i++) {
        Rounds.run(api, hana, "mail-send");
      }
      HttpResponse<String> ready = ready();
      assertEquals(503, ready.statusCode(), ready.body());
      assertTrue(ready.body().matches("(?s).*\"name\":\\s*\"scheduled-rounds\".*"), ready.body());
      assertTrue(ready.body().matches("(?s).*\"failing\":\\s*\"mail-send\".*"), ready.body());
      assertTrue(
          value(metrics(), "srm_round_failures", "mail-send") >= failuresBefore + 5,
          "failures counted");
      String logged = logSince(log, logBefore);
      assertTrue(logged.contains("Round mail-send failed"), logged);
      assertTrue(logged.contains("permission denied"), logged);
      assertTrue(
          Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(").matcher(logged).find(),
          "the stack trace is in the log: " + logged);
    } finally {
      StoredRows.asOwner(
          "GRANT SELECT, INSERT, UPDATE, DELETE ON mail_outbox TO " + PostgresServer.USER);
    }
    Rounds.run(api, hana, "mail-send");
    HttpResponse<String> ready = ready();
    assertEquals(200, ready.statusCode(), ready.body());
  }

  private HttpResponse<String> ready() throws Exception {
    return HttpProbe.get(URI.create(base.toExternalForm()).resolve("/health/ready"));
  }

  private String metrics() throws Exception {
    HttpResponse<String> answer =
        HttpProbe.get(URI.create(base.toExternalForm()).resolve("/metrics"));
    assertEquals(200, answer.statusCode());
    return answer.body();
  }

  /** A metric's value, summed over its lines with the round's tag if one is named; 0 if absent. */
  static double value(String metrics, String name, String round) {
    Matcher m =
        Pattern.compile("(?m)^" + name + "(?:_total)?(\\{[^}]*\\})?\\s+([0-9.eE+-]+)$")
            .matcher(metrics);
    double sum = 0;
    while (m.find()) {
      String tags = m.group(1) == null ? "" : m.group(1);
      if (round == null || tags.contains("round=\"" + round + "\"")) {
        sum += Double.parseDouble(m.group(2));
      }
    }
    return sum;
  }

  private static String logSince(Path log, long offset) throws Exception {
    byte[] all = Files.readAllBytes(log);
    return new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8);
  }
}
