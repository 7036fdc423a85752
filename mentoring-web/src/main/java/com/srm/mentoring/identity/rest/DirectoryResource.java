package com.srm.mentoring.identity.rest;

import com.srm.mentoring.identity.boundary.Directory;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.entity.SyncReport;
import com.srm.mentoring.platform.entity.Action;
import com.srm.mentoring.platform.rest.ApiTags;
import com.srm.mentoring.platform.rest.Attempts;
import com.srm.mentoring.platform.rest.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The corporate directory for HR (hr-admin): people, sync, appointing roles. */
@Tag(name = ApiTags.DIRECTORY, description = ApiTags.DIRECTORY_TEXT)
@SecurityRequirement(name = ApiTags.BEARER)
@Path("directory")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

  @Inject Directory directory;

  @GET
  @Path("people")
  @Operation(summary = "The people the application knows, with their roles")
  @APIResponse(
      responseCode = "200",
      description = "Everyone the application knows, with their roles and any role conflict",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = PersonView.class)))
  @APIResponse(
      responseCode = "404",
      description = "Not HR: the call does not exist for the caller (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public List<PersonView> people() {
    return directory.people().stream().map(PersonView::of).toList();
  }

  @POST
  @Path("sync")
  @Attempts(Action.SYNC)
  @Operation(
      summary = "Sync with the directory now; answers what changed, or (503) why nothing did")
  @APIResponse(
      responseCode = "200",
      description = "Synced: what changed",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SyncReport.class)))
  @APIResponse(
      responseCode = "403",
      description = "The caller is not HR (hr-admin)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "503",
      description = "Keycloak is out of reach: why nothing changed",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public Response sync() {
    SyncReport report = directory.sync();
    return Response.status(
            report.succeeded() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
        .entity(report)
        .build();
  }

  @PUT
  @Path("people/{username}/roles/{role}")
  @Attempts(Action.APPOINT)
  @Operation(summary = "Appoint a facilitator, escalation contact or auditor")
  @APIResponse(
      responseCode = "200",
      description = "The person with the role appointed; Keycloak holds it too",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PersonView.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "An unknown person or role, a role kept apart from one the person holds, or the caller's own roles (naming the field)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The caller is not HR (hr-admin)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public PersonView appoint(
      @Parameter(description = "The person's sign-in name") @PathParam("username") String username,
      @Parameter(description = "facilitator, escalation-contact or auditor") @PathParam("role")
          String role) {
    return PersonView.of(directory.appoint(username, role));
  }

  @DELETE
  @Path("people/{username}/roles/{role}")
  @Attempts(Action.REVOKE)
  @Operation(summary = "Remove a facilitator, escalation contact or auditor")
  @APIResponse(
      responseCode = "200",
      description = "The person without the role; Keycloak follows",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PersonView.class)))
  @APIResponse(
      responseCode = "400",
      description = "An unknown person or role, or the caller's own roles (naming the field)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The caller is not HR (hr-admin)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public PersonView remove(
      @Parameter(description = "The person's sign-in name") @PathParam("username") String username,
      @Parameter(description = "facilitator, escalation-contact or auditor") @PathParam("role")
          String role) {
    return PersonView.of(directory.remove(username, role));
  }

  /** A person as HR sees them in the directory view. */
  public record PersonView(
      String username,
      String displayName,
      String department,
      Integer grade,
      String manager,
      boolean active,
      List<String> roles,
      boolean roleConflict) {

    static PersonView of(Person p) {
      return new PersonView(
          p.getUsername(),
          p.getDisplayName(),
          p.getDepartment(),
          p.getGrade(),
          p.getManagerUsername(),
          p.isActive(),
          p.getRoles(),
          p.hasRoleConflict());
    }
  }
}
