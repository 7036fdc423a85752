package com.srm.mentoring.platform.control;

import com.srm.mentoring.platform.entity.HasRecordId;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The records a list or search showed, as the access log names them: a method that answers a
 * collection of {@link HasRecordId} records showed the ids of what it answered, also none.
 */
public final class ListedRecords {

  private ListedRecords() {}

  /**
   * The ids of the records {@code result} holds, when {@code method} answers a collection of
   * records; empty when it answers anything else.
   */
  public static Optional<List<String>> of(Method method, Object result) {
    if (!answersRecords(method) || !(result instanceof Collection<?> records)) {
      return Optional.empty();
    }
    return Optional.of(
        records.stream()
            .filter(HasRecordId.class::isInstance)
            .map(record -> ((HasRecordId) record).getId())
            .filter(Objects::nonNull)
            .map(Object::toString)
            .toList());
  }

  private static boolean answersRecords(Method method) {
    if (!Collection.class.isAssignableFrom(method.getReturnType())
        || !(method.getGenericReturnType() instanceof ParameterizedType collection)) {
      return false;
    }
    Type element = collection.getActualTypeArguments()[0];
    if (element instanceof WildcardType wildcard) {
      element = wildcard.getUpperBounds()[0];
    }
    return element instanceof Class<?> type && HasRecordId.class.isAssignableFrom(type);
  }
}
