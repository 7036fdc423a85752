package com.srm.mentoring.platform.boundary;

import com.srm.mentoring.platform.control.ContentCipher;
import com.srm.mentoring.platform.control.ShippedSecrets;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Stops the deployment when the server is configured with the demo secrets outside the dev run, so
 * that a production server never runs on secrets anyone can read in the product's sources, and when
 * the content keys are malformed.
 */
@Singleton
@Startup
public class StartupChecks {

  private static final Logger LOG = Logger.getLogger(StartupChecks.class.getName());

  @PostConstruct
  void check() {
    Config config = ConfigProvider.getConfig(StartupChecks.class.getClassLoader());
    List<String> demo =
        ShippedSecrets.check(key -> config.getOptionalValue(key, String.class).orElse(null));
    // a malformed content key stops the deployment here, not at the first page that reads a concern
    ContentCipher.keys();
    if (!demo.isEmpty()) {
      LOG.warning(() -> "Dev run: using the demo secrets the product ships with for " + demo + ".");
    }
  }
}
