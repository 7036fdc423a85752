package com.srm.mentoring.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API for the corporate portal, under {@code /api}. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Safe Reverse Mentoring API",
            version = "1",
            description =
                "Charter, status and micro-questions for the corporate portal. Errors are"
                    + " problem details (application/problem+json) naming the field."))
public class RestApplication extends Application {}
