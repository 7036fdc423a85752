package com.srm.mentoring.pairing.rest;

import com.srm.mentoring.pairing.boundary.Topics;
import com.srm.mentoring.pairing.entity.Topic.Kind;
import com.srm.mentoring.pairing.rest.PairingViews.TopicList;
import com.srm.mentoring.platform.entity.Refusal;
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

/** The caller's topics for suggested pairings, and the tags others entered as suggestions. */
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
  public TopicsView mine() {
    return view(topics.mine());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Replace the caller's topics: free tags, at most 20 of each kind")
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
