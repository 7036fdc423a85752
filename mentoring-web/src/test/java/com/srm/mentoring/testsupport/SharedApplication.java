package com.srm.mentoring.testsupport;

import java.lang.reflect.Field;
import java.net.URL;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * Runs a test class against the one Payara Micro of the test run ({@link
 * IntegrationEnvironment#application()}), the WAR as built deployed on it, and fills its {@link
 * ApplicationUrl} fields with the application's address. Tests talk to it from outside, over HTTP
 * or through the browser, as people and the corporate portal do.
 */
public class SharedApplication implements TestInstancePostProcessor {

  @Override
  public void postProcessTestInstance(Object test, ExtensionContext context) throws Exception {
    URL base = IntegrationEnvironment.application();
    for (Class<?> type = test.getClass(); type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (field.isAnnotationPresent(ApplicationUrl.class)) {
          if (field.getType() != URL.class) {
            throw new IllegalStateException(field + " must be a URL to take the address");
          }
          field.setAccessible(true);
          field.set(test, base);
        }
      }
    }
  }
}
