package com.srm.mentoring.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.spi.client.container.ContainerConfiguration;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/**
 * Arquillian's container for the in-container tests: the one Payara Micro the whole test run shares
 * ({@link IntegrationEnvironment#applicationServing}), not one of its own. The first deployment of
 * the run, the WAR as built with the in-container test classes and Arquillian's servlet added
 * ({@link Deployments#inContainer}), becomes the WAR the shared server serves to every test; the
 * later ones carry the same classes and find them there. {@link InContainerFirst} runs these tests
 * first, so that the server starts once. Nothing is undeployed: the other tests go on using it.
 */
public class SharedMicroContainer implements DeployableContainer<SharedMicroContainer.Settings> {

  /** The name Arquillian's servlet protocol asks for. */
  static final String SERVLET = "ArquillianServletRunnerEE9";

  /** No settings: the shared server's are {@link IntegrationEnvironment}'s. */
  public static class Settings implements ContainerConfiguration {
    @Override
    public void validate() {
      // nothing to check
    }
  }

  /** Registers this container with Arquillian, named in {@code META-INF/services}. */
  public static class Extension implements LoadableExtension {
    @Override
    public void register(ExtensionBuilder builder) {
      builder.service(DeployableContainer.class, SharedMicroContainer.class);
    }
  }

  @Override
  public Class<Settings> getConfigurationClass() {
    return Settings.class;
  }

  @Override
  public ProtocolDescription getDefaultProtocol() {
    return new ProtocolDescription("Servlet 5.0");
  }

  @Override
  public ProtocolMetaData deploy(Archive<?> archive) {
    URL base = IntegrationEnvironment.applicationServing(exported(archive));
    HTTPContext context = new HTTPContext(base.getHost(), base.getPort());
    context.add(new Servlet(SERVLET, "/"));
    return new ProtocolMetaData().addContext(context);
  }

  /**
   * The archive as a file named as the WAR as built, so that the application keeps its name; the
   * first of the run is kept, since the later ones hold the same classes.
   */
  private static Path exported(Archive<?> archive) {
    Path war = IntegrationEnvironment.inContainerWar();
    try {
      if (!Files.exists(war)) {
        Files.createDirectories(war.getParent());
        archive.as(ZipExporter.class).exportTo(war.toFile(), true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return war;
  }

  @Override
  public void undeploy(Archive<?> archive) {
    // the shared server keeps serving it to the tests after
  }
}
