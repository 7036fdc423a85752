package com.srm.mentoring.app.rest;

import com.srm.mentoring.analytics.rest.AnalyticsResource;
import com.srm.mentoring.audit.rest.AuditResource;
import com.srm.mentoring.charter.rest.CharterResource;
import com.srm.mentoring.charter.rest.MeResource;
import com.srm.mentoring.earlywarning.rest.CohortWarningsResource;
import com.srm.mentoring.earlywarning.rest.MyWarningsResource;
import com.srm.mentoring.earlywarning.rest.WarningCountsResource;
import com.srm.mentoring.escalation.rest.ConcernsResource;
import com.srm.mentoring.identity.rest.DirectoryResource;
import com.srm.mentoring.pairing.rest.AdjustmentsResource;
import com.srm.mentoring.pairing.rest.CohortsResource;
import com.srm.mentoring.pairing.rest.MyPairingsResource;
import com.srm.mentoring.pairing.rest.NoticesResource;
import com.srm.mentoring.pairing.rest.PairingsResource;
import com.srm.mentoring.pairing.rest.TopicsResource;
import com.srm.mentoring.platform.rest.ApiTags;
import com.srm.mentoring.platform.rest.BodySizeLimit;
import com.srm.mentoring.platform.rest.ConstraintViolationMapper;
import com.srm.mentoring.privacy.rest.ErasureResource;
import com.srm.mentoring.privacy.rest.MyDataResource;
import com.srm.mentoring.pulse.rest.CohortParticipationResource;
import com.srm.mentoring.pulse.rest.CohortPulseResource;
import com.srm.mentoring.pulse.rest.MyQuestionsResource;
import com.srm.mentoring.pulse.rest.PulseResource;
import com.srm.mentoring.pulse.rest.SessionAnswersResource;
import com.srm.mentoring.session.rest.CalendarFeedResource;
import com.srm.mentoring.session.rest.NotesResource;
import com.srm.mentoring.session.rest.PairingNotesResource;
import com.srm.mentoring.session.rest.PairingSessionsResource;
import com.srm.mentoring.session.rest.SessionsResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST API for the corporate portal, under {@code /api}. Its description at {@code /openapi}
 * names every feature as a tag, and the bearer scheme every call needs ({@code OpenApiIT} holds it
 * to that).
 */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Safe Reverse Mentoring API",
            version = "1",
            description =
                "The program for the corporate portal: the charter (read, sign, status), the"
                    + " directory and its roles, the program (cohorts, pairings, topics), sessions"
                    + " and feedback notes, concerns and their escalation path, the pulse"
                    + " (micro-questions, shown only over k people), analytics, the audit of the"
                    + " access log, early warnings and data requests. Every call needs a Keycloak"
                    + " access token as a bearer token. Errors are problem details"
                    + " (application/problem+json) naming the field; a record the caller may not"
                    + " read answers 404 exactly like a missing one, and the refusal is logged."),
    tags = {
      @Tag(name = ApiTags.CHARTER, description = ApiTags.CHARTER_TEXT),
      @Tag(name = ApiTags.DIRECTORY, description = ApiTags.DIRECTORY_TEXT),
      @Tag(name = ApiTags.PROGRAM, description = ApiTags.PROGRAM_TEXT),
      @Tag(name = ApiTags.SESSIONS, description = ApiTags.SESSIONS_TEXT),
      @Tag(name = ApiTags.CONCERNS, description = ApiTags.CONCERNS_TEXT),
      @Tag(name = ApiTags.PULSE, description = ApiTags.PULSE_TEXT),
      @Tag(name = ApiTags.ANALYTICS, description = ApiTags.ANALYTICS_TEXT),
      @Tag(name = ApiTags.AUDIT, description = ApiTags.AUDIT_TEXT),
      @Tag(name = ApiTags.EARLY_WARNINGS, description = ApiTags.EARLY_WARNINGS_TEXT),
      @Tag(name = ApiTags.DATA_REQUESTS, description = ApiTags.DATA_REQUESTS_TEXT)
    })
@SecurityScheme(
    securitySchemeName = ApiTags.BEARER,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description =
        "An access token of the realm's mentoring-portal client (authorization code flow with"
            + " PKCE), whose audience includes mentoring-api")
public class RestApplication extends Application {

  /**
   * The resources and providers, named rather than scanned: the Keycloak admin client brings
   * RESTEasy, whose {@code @Provider} classes the server's JAX-RS implementation must not pick up.
   */
  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        MeResource.class,
        MyDataResource.class,
        CalendarFeedResource.class,
        DirectoryResource.class,
        ErasureResource.class,
        CohortsResource.class,
        PairingsResource.class,
        PairingSessionsResource.class,
        PairingNotesResource.class,
        MyPairingsResource.class,
        TopicsResource.class,
        SessionsResource.class,
        NotesResource.class,
        AuditResource.class,
        CharterResource.class,
        MyQuestionsResource.class,
        SessionAnswersResource.class,
        CohortPulseResource.class,
        CohortParticipationResource.class,
        PulseResource.class,
        ConcernsResource.class,
        AdjustmentsResource.class,
        NoticesResource.class,
        MyWarningsResource.class,
        CohortWarningsResource.class,
        WarningCountsResource.class,
        AnalyticsResource.class,
        DevRoundsResource.class,
        DevClockResource.class,
        DevReadsResource.class,
        BodySizeLimit.class,
        FailureMapper.class,
        TooManyRefusals.class,
        ConstraintViolationMapper.class);
  }
}
