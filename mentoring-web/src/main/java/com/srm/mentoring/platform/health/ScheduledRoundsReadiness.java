package com.srm.mentoring.platform.health;

import com.srm.mentoring.platform.control.ScheduledRounds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * DOWN while one of this node's timers has failed {@code mentoring.rounds.unhealthy-after-failures}
 * times in a row, naming it: the work it does (sending e-mail, handing on concerns, sealing the
 * access log) is not getting done. The data lists every round that ran, with its failures in a row,
 * so that the operator sees one that has started failing before it turns the check DOWN.
 */
@Readiness
@ApplicationScoped
public class ScheduledRoundsReadiness implements HealthCheck {

  @Inject ScheduledRounds rounds;

  @Override
  public HealthCheckResponse call() {
    Map<String, ScheduledRounds.State> states = rounds.states();
    List<String> failing =
        states.entrySet().stream()
            .filter(e -> e.getValue().failuresInARow() >= rounds.unhealthyAfter())
            .map(Map.Entry::getKey)
            .toList();
    HealthCheckResponseBuilder answer =
        HealthCheckResponse.named("scheduled-rounds").status(failing.isEmpty());
    if (!failing.isEmpty()) {
      answer.withData("failing", String.join(",", failing));
    }
    // the failures themselves, with their stack traces, are in the server log, not here
    states.forEach((round, state) -> answer.withData(round, state.failuresInARow()));
    return answer.build();
  }
}
