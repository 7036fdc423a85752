package com.srm.mentoring.identity.rest;

import com.srm.mentoring.identity.boundary.People;
import com.srm.mentoring.identity.control.VerifiedToken;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.web.BearerTokens;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller's own person record, for the corporate portal. */
@Path("me")
@RequestScoped
public class MeResource {

  @Inject People people;

  @Context HttpServletRequest request;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The caller's person record and the roles the application grants;"
              + " 401 without a valid bearer token")
  public Me me() {
    if (!(request.getAttribute(BearerTokens.VERIFIED_TOKEN) instanceof VerifiedToken token)) {
      throw new NotAuthorizedException("Bearer");
    }
    Person person = people.find(token.subject()).orElseThrow(NotFoundException::new);
    return new Me(
        person.getSubject(),
        person.getUsername(),
        person.getDisplayName(),
        person.getDepartment(),
        person.getGrade(),
        person.getManagerUsername(),
        person.isActive(),
        person.getRoles());
  }

  /** A person as the portal sees them. */
  public record Me(
      String subject,
      String username,
      String displayName,
      String department,
      Integer grade,
      String manager,
      boolean active,
      List<String> roles) {}
}
