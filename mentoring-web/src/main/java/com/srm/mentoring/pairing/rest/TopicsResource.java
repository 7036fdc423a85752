package com.srm.mentoring.pairing.rest;

import com.srm.mentoring.pairing.boundary.Topics;
import com.srm.mentoring.pairing.entity.Topic.Kind;
import com.srm.mentoring.pairing.rest.PairingViews.TopicList;
import com.srm.mentoring.platform.entity.Refusal;
import com.srm.mentoring.platform.rest.ApiTags;
import com.srm.mentoring.platform.rest.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's topics for suggested pairings, and the tags others entered as suggestions. */
@Tag(name = ApiTags.PROGRAM, description = ApiTags.PROGRAM_TEXT)
@SecurityRequirement(name = ApiTags.BEARER)
@Path("me/topics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TopicsResource {

  @Inject Topics topics;

  /**
   * A person's topics.
   *
   * @param offers what they offer as a junior mentor
   * @param wantsToLearn what they want to learn as a senior mentee
   * @param suggestions every tag anyone entered, to pick from
   */
  public record TopicsView(
      Set<String> offers, Set<String> wantsToLearn, List<String> suggestions) {}

  @GET
  @Operation(summary = "The caller's topics, with the tags others entered as suggestions")
  @APIResponse(
      responseCode = "200",
      description = "The caller's topics and the tags to pick from",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TopicsView.class)))
  public TopicsView mine() {
    return view(topics.mine());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Replace the caller's topics: free tags, at most 20 of each kind")
  @APIResponse(
      responseCode = "200",
      description = "The caller's topics as replaced",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TopicsView.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Neither list sent, more than 20 tags of a kind, or a tag too long or not plain text (naming the field)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public TopicsView declare(@NotNull(message = "{srm.topics.body}") TopicList body) {
    if (body.offers == null && body.wantsToLearn == null) {
      // a body that names neither list would clear both without a word
      throw Refusal.invalid("topics", "refusal.topics.required");
    }
    return view(topics.declare(body.offers, body.wantsToLearn));
  }

  private TopicsView view(Map<Kind, Set<String>> mine) {
    return new TopicsView(
        mine.getOrDefault(Kind.OFFERS, Set.of()),
        mine.getOrDefault(Kind.WANTS, Set.of()),
        topics.suggestions());
  }
}
