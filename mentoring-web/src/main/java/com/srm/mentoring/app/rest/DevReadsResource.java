package com.srm.mentoring.app.rest;

import com.srm.mentoring.identity.boundary.Directory;
import com.srm.mentoring.identity.control.PersonRecords;
import com.srm.mentoring.identity.entity.PeopleQuery;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.entity.Roles;
import com.srm.mentoring.platform.control.ShippedSecrets;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The same read of HR's people table twice, in the dev run only ({@value ShippedSecrets#DEV}{@code
 * =true}), so that a benchmark can tell what the access log adds to a read: {@code audited} is the
 * boundary call {@link Directory#people(PeopleQuery, int, int)} as the people page makes it (the
 * container's role check, the second check against the caller's record, the query, and the
 * access-log entry naming the rows shown, committed before the answer, in a batch with the entries
 * of the reads that arrived meanwhile); {@code unaudited} is the same query and the same read of
 * the caller's record, without the boundary and without the entry. Anywhere but the dev run the
 * path answers 404; in it, only HR may use it.
 */
@Path("dev/reads")
@RequestScoped
public class DevReadsResource {

  /** As many rows as the people page shows at once. */
  static final int PAGE = 20;

  @Inject
  @ConfigProperty(name = ShippedSecrets.DEV, defaultValue = "false")
  boolean dev;

  @Inject Directory directory;

  @Inject PersonRecords records;

  @Context SecurityContext security;

  @GET
  @Path("people/{how}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      hidden = true,
      summary = "One page of people, audited or not (dev run only; 404 elsewhere)")
  public List<String> people(@PathParam("how") String how) {
    if (!dev) {
      throw new NotFoundException();
    }
    if (security == null || security.getUserPrincipal() == null) {
      throw new NotAuthorizedException("Bearer");
    }
    List<Person> page =
        switch (how) {
          case "audited" -> directory.people(PeopleQuery.everybody(), 0, PAGE);
          case "unaudited" -> unaudited();
          default -> throw new NotFoundException();
        };
    return page.stream().map(Person::getUsername).toList();
  }

  private List<Person> unaudited() {
    boolean hr =
        security.isUserInRole(Roles.HR_ADMIN)
            && records
                .findByUsername(security.getUserPrincipal().getName())
                .filter(caller -> caller.holds(Roles.HR_ADMIN))
                .isPresent();
    if (!hr) {
      throw new NotFoundException();
    }
    return records.page(PeopleQuery.everybody(), 0, PAGE);
  }
}
