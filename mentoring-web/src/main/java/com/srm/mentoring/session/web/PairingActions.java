package com.srm.mentoring.session.web;

import com.srm.mentoring.pairing.boundary.Pairings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The actions at the foot of a pairing's page: a party asks for a re-pair; HR pauses, resumes or
 * ends it. Which of them the reader is offered comes with the pairing ({@code may…}).
 */
@Named
@RequestScoped
public class PairingActions {

  @Inject Pairings pairings;

  @Inject PairingPage page;

  public String requestRepair() {
    return page.act(() -> pairings.requestRepair(page.uuid()), "pairing.repairSent");
  }

  public String end() {
    return page.act(() -> pairings.end(page.uuid(), version()), "pairing.ended");
  }

  /** HR pauses the pairing: no sessions, no questions, no quiet weeks until HR resumes it. */
  public String pause() {
    return page.act(() -> pairings.pause(page.uuid(), version()), "pairing.pausedSaved");
  }

  public String resume() {
    return page.act(() -> pairings.resume(page.uuid(), version()), "pairing.resumed");
  }

  private long version() {
    return page.getDetail().version();
  }
}
