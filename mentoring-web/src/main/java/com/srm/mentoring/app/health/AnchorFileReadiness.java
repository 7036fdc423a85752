package com.srm.mentoring.app.health;

import com.srm.mentoring.audit.control.AccessLogSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the access log's anchor file can be written: without it the log takes no entry,
 * so every logged change and read is refused (docs/operations.md, "Access log").
 */
@Readiness
@ApplicationScoped
public class AnchorFileReadiness implements HealthCheck {

  @Inject AccessLogSettings settings;

  @Override
  public HealthCheckResponse call() {
    try {
      settings.anchors().checkWritable();
      return HealthCheckResponse.named("access-log-anchors").up().build();
    } catch (IOException e) {
      return HealthCheckResponse.named("access-log-anchors")
          .down()
          .withData("file", settings.anchors().toString())
          .withData(
              "problem",
              "cannot be written (" + e + "); every logged change and read is refused until it can")
          .build();
    }
  }
}
