package com.srm.mentoring.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every boundary states who may call each of its public methods: {@code @RolesAllowed}, or {@code
 * PermitAll} with the reason beside it, on the method or on the class. A method with neither would
 * be open to anyone by default, and nobody would have decided that.
 */
class BoundaryRulesTest {

  private static final String ROOT = "com.srm.mentoring";

  @Test
  void everyPublicBoundaryMethodStatesWhoMayCallIt() throws Exception {
    List<Class<?>> boundaries = statelessBeans();
    assertFalse(boundaries.isEmpty(), "the scan found the boundaries");
    List<String> open = new ArrayList<>();
    for (Class<?> boundary : boundaries) {
      for (Method method : boundary.getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers())
            && !Modifier.isStatic(method.getModifiers())
            && !method.isSynthetic()
            && !statesRule(method)
            && !statesRule(boundary)) {
          open.add(boundary.getSimpleName() + "." + method.getName());
        }
      }
    }
    assertTrue(open.isEmpty(), "public boundary methods without @RolesAllowed/@PermitAll: " + open);
  }

  private static boolean statesRule(AnnotatedElement element) {
    return element.isAnnotationPresent(RolesAllowed.class)
        || element.isAnnotationPresent(PermitAll.class);
  }

  /** Every {@code @Stateless} class the module compiled, found on disk beside this one's jar. */
  private static List<Class<?>> statelessBeans() throws IOException, URISyntaxException {
    Path classes =
        Path.of(Database.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path packageRoot = classes.resolve(ROOT.replace('.', '/'));
    List<Class<?>> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(packageRoot)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace('/', '.');
        Class<?> type = load(name.substring(0, name.length() - ".class".length()));
        if (type.isAnnotationPresent(Stateless.class)) {
          found.add(type);
        }
      }
    }
    return found;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, BoundaryRulesTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(name + " was compiled but does not load", e);
    }
  }
}
