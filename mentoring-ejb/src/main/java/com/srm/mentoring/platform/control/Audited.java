package com.srm.mentoring.platform.control;

import com.srm.mentoring.platform.entity.Action;
import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Writes every call of a boundary method to the access log: who, what, which record, from where.
 * The record's id is the parameter marked {@link RecordId}; a method without one accesses a list.
 * Refusals are logged too, through {@link AccessDenied} events.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {

  @Nonbinding
  Action action() default Action.READ;

  /** The kind of record the method accesses, e.g. {@code signature}. */
  @Nonbinding
  String recordType() default "";
}
