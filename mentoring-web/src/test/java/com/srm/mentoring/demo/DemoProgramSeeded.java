package com.srm.mentoring.demo;

import com.srm.mentoring.testsupport.IntegrationEnvironment;
import com.srm.mentoring.testsupport.PostgresServer;
import java.net.URI;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The precondition of a test about the demo program: the shared application holds it, seeded as the
 * run command seeds it. The first such test class of the run seeds it, the others find it there;
 * tests not about the demo never wait for it. Put it after {@code SharedApplication}.
 */
public class DemoProgramSeeded implements BeforeAllCallback {

  private static final Logger LOG = Logger.getLogger(DemoProgramSeeded.class.getName());

  private static boolean seeded;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    ensureSeeded();
  }

  /** Seeds the demo program into the shared application, once per test run. */
  public static synchronized void ensureSeeded() throws Exception {
    if (seeded) {
      return;
    }
    URI base = IntegrationEnvironment.application().toURI();
    String outcome =
        DemoSeeding.ensureSeeded(
            base,
            IntegrationEnvironment.keycloak().issuer(),
            IntegrationEnvironment.postgres().applicationDataSource(PostgresServer.DATABASE),
            step -> LOG.fine(() -> "Seeding the demo program… " + step));
    LOG.info(outcome);
    seeded = true;
  }
}
