package com.srm.mentoring.platform.control;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a failure's cause of a given type: what a boundary threw arrives wrapped by the container
 * (EJBException), by JSF (FacesException) or by the servlet (ServletException).
 */
public final class Causes {

  private Causes() {}

  /** The first throwable of {@code type} in the chain of causes, starting with {@code failure}. */
  public static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
    }
    return Optional.empty();
  }
}
