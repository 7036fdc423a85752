package com.srm.mentoring.app.rest;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Completes the API description where every operation would say the same ({@code
 * mp.openapi.filter}): every operation answers 401 without a valid bearer token, and Payara's
 * made-up "default" response goes where the operation names its real ones. The operations
 * themselves say what they answer and why.
 */
public class OpenApiFilter implements OASFilter {

  private static final String DEFAULT = "default";

  /** Payara's description of the response it makes up from the method's return type. */
  private static final String GENERATED = "Default Response.";

  @Override
  public Operation filterOperation(Operation operation) {
    if (operation.getResponses() == null) {
      return operation;
    }
    Map<String, APIResponse> responses = operation.getResponses().getAPIResponses();
    boolean named =
        responses != null && responses.keySet().stream().anyMatch(status -> status.startsWith("2"));
    // an operation naming no success keeps it, and OpenApiIT names the operation
    if (named
        && responses.containsKey(DEFAULT)
        && GENERATED.equals(responses.get(DEFAULT).getDescription())) {
      operation.getResponses().removeAPIResponse(DEFAULT);
    }
    if (responses == null || !responses.containsKey("401")) {
      operation
          .getResponses()
          .addAPIResponse(
              "401",
              OASFactory.createAPIResponse()
                  .description(
                      "No valid bearer token: none, expired, of another realm or client, or"
                          + " without the mentoring-api audience"));
    }
    return operation;
  }
}
