package com.srm.mentoring.testsupport;

import java.util.Arrays;
import java.util.Comparator;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the in-container test classes before all others and keeps the others in their order: the
 * shared server then starts once, with the in-container WAR, instead of starting with the WAR as
 * built and again when the first in-container class comes (see {@link SharedMicroContainer}).
 */
public class InContainerFirst implements ClassOrderer {

  @Override
  public void orderClasses(ClassOrdererContext context) {
    context
        .getClassDescriptors()
        .sort(Comparator.comparingInt(d -> inContainer(d.getTestClass()) ? 0 : 1));
  }

  static boolean inContainer(Class<?> test) {
    ExtendWith extensions = test.getAnnotation(ExtendWith.class);
    return extensions != null
        && Arrays.asList(extensions.value()).contains(ArquillianExtension.class);
  }
}
