package com.srm.mentoring.audit.rest;

import com.srm.mentoring.audit.entity.LogFilter;
import jakarta.ws.rs.QueryParam;

/**
 * The filter of an access log query as the URL carries it. The API description names these
 * parameters on the resource methods ({@code AuditResource}): Payara fails on a {@code @Parameter}
 * of a bean parameter's field.
 */
public class LogQueryParameters {

  @QueryParam("actor")
  String actor;

  @QueryParam("recordType")
  String recordType;

  @QueryParam("recordId")
  String recordId;

  @QueryParam("action")
  String action;

  @QueryParam("outcome")
  String outcome;

  @QueryParam("from")
  String from;

  @QueryParam("to")
  String to;

  /**
   * @throws com.srm.mentoring.platform.entity.Refusal naming the parameter that is wrong
   */
  public LogFilter toFilter() {
    return LogFilter.parse(actor, recordType, recordId, action, outcome, from, to);
  }
}
