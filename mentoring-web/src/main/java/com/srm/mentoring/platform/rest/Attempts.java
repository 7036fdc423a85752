package com.srm.mentoring.platform.rest;

import com.srm.mentoring.platform.entity.Action;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a REST call attempts, where its HTTP method does not say it (a PUT that appoints, a POST
 * that syncs). A refusal by the container, before any boundary code runs, is logged under this
 * action.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Attempts {
  Action value();
}
