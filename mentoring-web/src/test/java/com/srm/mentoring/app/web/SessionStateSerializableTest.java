package com.srm.mentoring.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import com.srm.mentoring.identity.control.AuthorizationCodeFlow.Attempt;
import com.srm.mentoring.identity.control.AuthorizationCodeFlow.SignedInIdentity;
import com.srm.mentoring.identity.web.SignedIn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.NormalScope;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.flow.FlowScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * With several nodes, a browser session lives in the data grid and goes on on whichever node the
 * next request reaches: everything kept in it must survive serialization there. This scans the web
 * module's classes for session-, view-, conversation- and flow-scoped beans and names every bean
 * and field that could not be serialized, or would come back empty on the other node (an injected
 * field marked transient is not injected again after deserialization); it also sends each bean and
 * each attribute the sign-in keeps in the session through a real serialization round trip.
 */
class SessionStateSerializableTest {

  private static final List<Class<? extends Annotation>> PASSIVATING_SCOPES =
      List.of(SessionScoped.class, ViewScoped.class, ConversationScoped.class, FlowScoped.class);

  /** Faces makes these injectable in request scope: what a bean holds is a serializable proxy. */
  private static final Set<Class<?>> REQUEST_SCOPED_BY_FACES =
      Set.of(FacesContext.class, ExternalContext.class);

  @Test
  void everySessionHeldBeanOfTheWebModuleCanMoveToAnotherNode() throws Exception {
    List<Class<?>> beans = passivatingBeans();
    assertTrue(beans.size() >= 10, "the scan finds the module's view-scoped pages: " + beans);
    List<String> problems = new ArrayList<>();
    for (Class<?> bean : beans) {
      problems.addAll(problemsOf(bean));
    }
    assertEquals(List.of(), problems, "beans that cannot move with their session");
    for (Class<?> bean : beans) {
      Object copy = roundTrip(newInstance(bean));
      assertEquals(bean, copy.getClass());
    }
  }

  @Test
  void theScanNamesTheBeanAndTheFieldThatCannotMove() {
    List<String> problems = problemsOf(UnfitPage.class);
    String name = UnfitPage.class.getName();
    assertTrue(
        problems.contains(name + ".lock: java.lang.Object is not serializable"), "" + problems);
    assertTrue(
        problems.contains(name + ".holder: java.lang.Thread is not serializable"), "" + problems);
    assertTrue(
        problems.stream().anyMatch(p -> p.startsWith(name + ".faces: injected and transient")),
        "" + problems);
    assertTrue(problems.stream().anyMatch(p -> p.startsWith(name + ".values: ")), "" + problems);
    assertFalse(problems.stream().anyMatch(p -> p.contains(".scratch")), "transient is chosen");
    assertEquals(4, problems.size(), "" + problems);
  }

  @Test
  void theSignInStateKeptInTheSessionSurvivesARoundTrip() throws Exception {
    Attempt attempt = Attempt.fresh();
    assertEquals(attempt, roundTrip(attempt));

    // claims as the token verifier hands them over: parsed by the JWT library, with the nested
    // objects, arrays and dates an ID token from Keycloak carries
    JWTClaimsSet claims =
        JWTClaimsSet.parse(
            """
            {"sub": "5f7c", "preferred_username": "jun", "name": "Jun Takahashi",
             "exp": 1900000000, "iat": 1800000000, "auth_time": 1800000000,
             "aud": ["mentoring-web", "account"], "nonce": "n-1", "email_verified": true,
             "groups": ["employee", "auditor"], "grade": 3,
             "realm_access": {"roles": ["offline_access"], "nested": {"deep": [1, 2]}}}""");
    SignedInIdentity identity = new SignedInIdentity(claims.getClaims(), "header.payload.sig");
    SignedInIdentity copy = roundTrip(identity);
    assertEquals(identity.claims(), copy.claims());
    assertEquals("jun", copy.username());
    assertEquals("5f7c", copy.subject());
    assertEquals(identity.idToken(), copy.idToken());

    SignedIn signedIn =
        new SignedIn("5f7c", "jun", "Jun Takahashi", true, "header.payload.sig", Instant.now());
    assertEquals(signedIn, roundTrip(signedIn));
  }

  /** Every problem of a bean, each naming the bean's field. */
  static List<String> problemsOf(Class<?> bean) {
    List<String> problems = new ArrayList<>();
    if (!Serializable.class.isAssignableFrom(bean)) {
      problems.add(bean.getName() + " is not Serializable");
    }
    for (Class<?> type = bean; type != null && type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers) || field.isSynthetic()) {
          continue;
        }
        String where = bean.getName() + "." + field.getName() + ": ";
        if (field.isAnnotationPresent(Inject.class)) {
          if (Modifier.isTransient(modifiers)) {
            problems.add(where + "injected and transient, so empty after the session moves");
          } else if (!passivationCapable(field.getType())) {
            problems.add(where + field.getType().getName() + " is no passivation-capable bean");
          }
        } else if (!Modifier.isTransient(modifiers)) {
          unserializable(field.getGenericType(), new HashSet<>())
              .ifPresent(reason -> problems.add(where + reason));
        }
      }
    }
    return problems;
  }

  /**
   * Whether the container injects something serializable: a session bean's or a normal-scoped
   * bean's proxy, or a serializable bean itself.
   */
  private static boolean passivationCapable(Class<?> type) {
    return type.isAnnotationPresent(Stateless.class)
        || type.isAnnotationPresent(Singleton.class)
        || type.isAnnotationPresent(Stateful.class)
        || REQUEST_SCOPED_BY_FACES.contains(type)
        || Stream.of(type.getAnnotations())
            .anyMatch(a -> a.annotationType().isAnnotationPresent(NormalScope.class))
        || Serializable.class.isAssignableFrom(type);
  }

  /**
   * Why a value of this declared type may not serialize, or empty. The JDK's serializable classes
   * are trusted; the product's are looked into, field by field; a collection interface is judged by
   * its elements, the round trip covering the implementation a bean assigns.
   */
  private static java.util.Optional<String> unserializable(Type type, Set<Type> seen) {
    if (!seen.add(type)) {
      return java.util.Optional.empty();
    }
    if (type instanceof ParameterizedType parameterized) {
      java.util.Optional<String> raw = unserializable(parameterized.getRawType(), seen);
      if (raw.isPresent()) {
        return raw;
      }
      for (Type argument : parameterized.getActualTypeArguments()) {
        java.util.Optional<String> element = unserializable(argument, seen);
        if (element.isPresent()) {
          return java.util.Optional.of(type.getTypeName() + " holds " + element.get());
        }
      }
      return java.util.Optional.empty();
    }
    if (type instanceof WildcardType wildcard) {
      return unserializable(wildcard.getUpperBounds()[0], seen);
    }
    if (type instanceof TypeVariable<?> variable) {
      return unserializable(variable.getBounds()[0], seen);
    }
    if (type instanceof GenericArrayType array) {
      return unserializable(array.getGenericComponentType(), seen);
    }
    Class<?> raw = (Class<?>) type;
    if (raw.isPrimitive()) {
      return java.util.Optional.empty();
    }
    if (raw.isArray()) {
      return unserializable(raw.getComponentType(), seen);
    }
    if (raw == List.class || raw == Set.class || raw == Map.class || raw == Collection.class) {
      return java.util.Optional.empty();
    }
    if (!Serializable.class.isAssignableFrom(raw)) {
      return java.util.Optional.of(raw.getName() + " is not serializable");
    }
    if (raw.getName().startsWith("java.")) {
      return java.util.Optional.empty();
    }
    for (Class<?> part = raw; part != null && part != Object.class; part = part.getSuperclass()) {
      for (Field field : part.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)) {
          continue;
        }
        java.util.Optional<String> inner = unserializable(field.getGenericType(), seen);
        if (inner.isPresent()) {
          return java.util.Optional.of(
              raw.getName() + "." + field.getName() + " holds " + inner.get());
        }
      }
    }
    return java.util.Optional.empty();
  }

  /** The classes of the web module (as compiled, not the tests') in a passivating scope. */
  private static List<Class<?>> passivatingBeans() throws IOException, URISyntaxException {
    Path classes =
        Path.of(SignedIn.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> beans = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String name = classes.relativize(file).toString().replace(".class", "").replace('/', '.');
        Class<?> type;
        try {
          type = Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
        if (PASSIVATING_SCOPES.stream().anyMatch(type::isAnnotationPresent)) {
          beans.add(type);
        }
      }
    }
    return beans;
  }

  private static Object newInstance(Class<?> bean) throws Exception {
    Constructor<?> constructor = bean.getDeclaredConstructor();
    constructor.setAccessible(true);
    return constructor.newInstance();
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      Object copy = in.readObject();
      assertNotNull(copy);
      return (T) copy;
    }
  }

  /** A page that could not move: what the scan must name. */
  @ViewScoped
  @SuppressWarnings("unused")
  private static class UnfitPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject transient FacesContext faces;
    private Object lock = new Object();
    private Thread holder;
    private List<Thread> values = new ArrayList<>();
    private transient Thread scratch;
  }
}
