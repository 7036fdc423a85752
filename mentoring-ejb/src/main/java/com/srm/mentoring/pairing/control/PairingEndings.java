package com.srm.mentoring.pairing.control;

import com.srm.mentoring.charter.entity.WithdrewFromProgram;
import com.srm.mentoring.identity.entity.PersonDeactivated;
import com.srm.mentoring.pairing.entity.EndCause;
import com.srm.mentoring.pairing.entity.Pairing;
import com.srm.mentoring.pairing.entity.PairingState;
import com.srm.mentoring.platform.control.ProgramClock;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Ends a person's active and paused pairings when they leave the program or the directory no longer
 * lets them in, in the transaction that records the withdrawal or the deactivation. The other party
 * then sees that the pairing ended, never why.
 */
@Dependent
public class PairingEndings {

  private static final Logger LOG = Logger.getLogger(PairingEndings.class.getName());

  @PersistenceContext EntityManager em;

  @Inject ProgramClock clock;

  public void withdrew(@Observes WithdrewFromProgram withdrawal) {
    endActivePairingsOf(withdrawal.subject(), EndCause.WITHDRAWAL);
  }

  public void deactivated(@Observes PersonDeactivated deactivation) {
    endActivePairingsOf(deactivation.subject(), EndCause.DEACTIVATION);
  }

  int endActivePairingsOf(String subject, EndCause cause) {
    Instant now = clock.now();
    var active =
        em.createNamedQuery(Pairing.ONGOING_OF_PERSON, Pairing.class)
            .setParameter("ended", PairingState.ENDED)
            .setParameter("subject", subject)
            .getResultList();
    active.forEach(p -> p.end(cause, now));
    if (!active.isEmpty()) {
      LOG.info(() -> "Ended " + active.size() + " pairing(s): " + cause);
    }
    return active.size();
  }
}
