package com.srm.mentoring.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR exactly as the build packaged it, so that tests run what is shipped. */
public final class Deployments {

  private Deployments() {}

  public static WebArchive builtWar() {
    String path = System.getProperty("mentoring.war", "target/mentoring-web.war");
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(path));
  }
}
