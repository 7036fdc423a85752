package com.srm.mentoring.session.web;

import com.srm.mentoring.pairing.boundary.Pairings;
import com.srm.mentoring.pairing.entity.Pairing;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The rating part of a pairing's page, for its parties once it has ended: their own rating, or the
 * form while they may still rate. The other party's rating never reaches the page.
 */
@Named
@ViewScoped
public class PairingRating implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Pairings pairings;

  @Inject PairingPage page;

  private Integer rating;

  @PostConstruct
  void fill() {
    rating = getMyRating();
  }

  public String rate() {
    return page.act(
        () -> pairings.rate(page.uuid(), rating == null ? 0 : rating), "pairing.ratingSaved");
  }

  public List<Integer> getRatings() {
    return IntStream.rangeClosed(Pairing.MIN_RATING, Pairing.MAX_RATING).boxed().toList();
  }

  public Integer getMyRating() {
    return page.getDetail() == null ? null : page.getDetail().myRating();
  }

  public Integer getRating() {
    return rating;
  }

  public void setRating(Integer rating) {
    this.rating = rating;
  }
}
