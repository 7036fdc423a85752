package com.srm.mentoring.testsupport;

import java.io.File;
import java.util.List;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR exactly as the build packaged it, so that tests run what is shipped. */
public final class Deployments {

  private Deployments() {}

  public static WebArchive builtWar() {
    String path = System.getProperty("mentoring.war", "target/mentoring-web.war");
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(path));
  }

  /**
   * The deployment of every in-container test class: the WAR as built with all of the tier's test
   * classes in it, so that the shared server, started with the first of them, serves them all (see
   * {@link SharedMicroContainer}). A new in-container test class is added here.
   */
  public static WebArchive inContainer() {
    WebArchive war = builtWar().addClasses(InContainerCaller.class, CallerName.class);
    for (String test : IN_CONTAINER) {
      war.addClass(test);
    }
    return war;
  }

  /**
   * The in-container test classes, each with {@code @Deployment} answering {@link #inContainer}.
   */
  private static final List<String> IN_CONTAINER =
      List.of(
          "com.srm.mentoring.identity.boundary.PeopleIT",
          "com.srm.mentoring.identity.boundary.BoundaryRolesIT");
}
