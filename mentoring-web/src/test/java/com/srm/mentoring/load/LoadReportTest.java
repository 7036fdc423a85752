package com.srm.mentoring.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The load test's report reads the figures Gatling's HTML report shows, as Gatling writes them. */
class LoadReportTest {

  /** The shape of Gatling 3.13's {@code js/stats.js}, cut down to the figures the report reads. */
  private static final String STATS_JS =
      """
      var stats = {
          type: "GROUP",
      name: "All Requests",
      path: "",
      pathFormatted: "group_missing-name--1146707516",
      stats: {
          "name": "All Requests",
          "numberOfRequests": {"total": "935", "ok": "932", "ko": "3"},
          "percentiles1": {"total": "73", "ok": "73", "ko": "40"},
          "percentiles2": {"total": "465", "ok": "465", "ko": "60"},
          "percentiles3": {"total": "1189", "ok": "1189", "ko": "61"},
          "group1": {"name": "t < 800 ms", "htmlName": "t < 800 ms", "count": 921, "percentage": 98.5}
      },
      contents: {
      "req_static": {
              type: "REQUEST",
              name: "static file resources/css/mentoring.css (baseline)",
      path: "static file resources/css/mentoring.css (baseline)",
      pathFormatted: "req_static",
      stats: {
          "name": "static file resources/css/mentoring.css (baseline)",
          "numberOfRequests": {"total": "128", "ok": "128", "ko": "0"},
          "percentiles1": {"total": "4", "ok": "4", "ko": "-"},
          "percentiles2": {"total": "51", "ok": "51", "ko": "-"},
          "percentiles3": {"total": "336", "ok": "336", "ko": "-"}
      }
          },"req_pairing": {
              type: "REQUEST",
              name: "a pairing page",
      path: "a pairing page",
      pathFormatted: "req_pairing",
      stats: {
          "name": "a pairing page",
          "numberOfRequests": {"total": "120", "ok": "117", "ko": "3"},
          "percentiles1": {"total": "165", "ok": "165", "ko": "-"},
          "percentiles2": {"total": "667", "ok": "667", "ko": "-"},
          "percentiles3": {"total": "1302", "ok": "1302", "ko": "-"}
      }
          }
      }
      };
      """;

  @Test
  void readsEveryStepWithItsErrorsAndPercentilesAllRequestsFirst() {
    List<LoadReport.Step> steps = LoadReport.steps(STATS_JS);

    assertEquals(
        List.of(
            new LoadReport.Step("All Requests", 935, 3, 73, 465, 1189),
            new LoadReport.Step(
                "static file resources/css/mentoring.css (baseline)", 128, 0, 4, 51, 336),
            new LoadReport.Step("a pairing page", 120, 3, 165, 667, 1302)),
        steps);
    assertEquals(2.5, steps.get(2).errorRate(), 1e-9);
  }

  @Test
  void theHeapIsJudgedFromTheFirstWholeMinuteWithEveryoneInToTheLastWholeOne() {
    long mib = 1024 * 1024;
    List<HeapSampler.Minute> heap =
        List.of(
            new HeapSampler.Minute(1, 160 * mib, 300 * mib, true),
            new HeapSampler.Minute(2, 170 * mib, 350 * mib, true),
            new HeapSampler.Minute(3, 175 * mib, 320 * mib, true),
            new HeapSampler.Minute(4, 178 * mib, 330 * mib, true),
            // cut short by the run's end: too few readings to have seen a collection
            new HeapSampler.Minute(5, 290 * mib, 295 * mib, false));

    String verdict = LoadReport.heapVerdict(heap, 1);

    assertTrue(verdict.contains("170 MiB in minute 2"), verdict);
    assertTrue(verdict.contains("178 MiB in minute 4"), verdict);
    assertTrue(verdict.contains("+8 MiB under a steady crowd"), verdict);
  }

  @Test
  void theHeapAfterAFullCollectionIsJudgedWhenTheServerWasCollected() {
    long mib = 1024 * 1024;
    List<HeapSampler.Minute> heap =
        List.of(
            new HeapSampler.Minute(1, 160 * mib, 300 * mib, true, 120 * mib),
            new HeapSampler.Minute(2, 170 * mib, 350 * mib, true, 131 * mib),
            new HeapSampler.Minute(3, 190 * mib, 320 * mib, true, 133 * mib),
            new HeapSampler.Minute(4, 230 * mib, 330 * mib, true, 134 * mib),
            new HeapSampler.Minute(5, 290 * mib, 295 * mib, false));

    String verdict = LoadReport.heapVerdict(heap, 1);

    assertTrue(verdict.startsWith("Heap after a full collection: 131 MiB"), verdict);
    assertTrue(verdict.contains("134 MiB at the end of minute 4"), verdict);
    assertTrue(verdict.contains("+3 MiB under a steady crowd"), verdict);
  }

  @Test
  void tooShortARunIsSaidToTellNoTrend() {
    List<HeapSampler.Minute> heap =
        List.of(
            new HeapSampler.Minute(1, 160, 300, true),
            new HeapSampler.Minute(2, 170, 350, true),
            new HeapSampler.Minute(3, 175, 320, false));

    assertTrue(LoadReport.heapVerdict(heap, 2).startsWith("Heap: too few whole minutes"));
  }
}
