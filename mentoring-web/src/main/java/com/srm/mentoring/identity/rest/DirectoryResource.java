package com.srm.mentoring.identity.rest;

import com.srm.mentoring.identity.boundary.Directory;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.entity.SyncReport;
import com.srm.mentoring.platform.entity.Action;
import com.srm.mentoring.platform.rest.Attempts;
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

/** The corporate directory for HR (hr-admin): people, sync, appointing roles. */
@Path("directory")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

  @Inject Directory directory;

  @GET
  @Path("people")
  @Operation(summary = "The people the application knows, with their roles")
  public List<PersonView> people() {
    return directory.people().stream().map(PersonView::of).toList();
  }

  @POST
  @Path("sync")
  @Attempts(Action.SYNC)
  @Operation(
      summary = "Sync with the directory now; answers what changed, or (503) why nothing did")
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
  public PersonView appoint(
      @PathParam("username") String username, @PathParam("role") String role) {
    return PersonView.of(directory.appoint(username, role));
  }

  @DELETE
  @Path("people/{username}/roles/{role}")
  @Attempts(Action.REVOKE)
  @Operation(summary = "Remove a facilitator, escalation contact or auditor")
  public PersonView remove(@PathParam("username") String username, @PathParam("role") String role) {
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
