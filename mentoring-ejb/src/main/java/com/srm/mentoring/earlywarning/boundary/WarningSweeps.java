package com.srm.mentoring.earlywarning.boundary;

import com.srm.mentoring.earlywarning.control.StandingWarnings;
import com.srm.mentoring.platform.control.ProgramClock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Notifies facilitators of new early warnings. Every node's timer calls it; the round is claimed
 * with a PostgreSQL advisory lock, and each warning is written once through its key, so that each
 * is notified once whichever node comes first. Permitted to all because only the timer calls it and
 * it reads and answers nothing of anyone.
 */
@Stateless
@PermitAll
public class WarningSweeps {

  @Inject ProgramClock clock;

  @Inject StandingWarnings standing;

  /**
   * @return how many new warnings were notified, or -1 when another node held the round
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int notifyNew() {
    return standing.remember(clock.now());
  }
}
