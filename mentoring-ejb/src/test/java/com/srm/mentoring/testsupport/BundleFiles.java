package com.srm.mentoring.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * A bundle's file as the tests compare it, key by key: read as UTF-8, as the product's bundles are
 * written and as Java reads them.
 */
public final class BundleFiles {

  private BundleFiles() {}

  /**
   * The properties of one file of a bundle on the class path.
   *
   * @param resource the file's absolute resource name, e.g. {@code
   *     /ValidationMessages_de.properties}
   * @throws IOException when the file is not on the class path
   */
  public static Properties read(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = BundleFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("no " + resource + " on the class path");
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
