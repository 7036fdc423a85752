package com.srm.mentoring.pairing.boundary;

import com.srm.mentoring.identity.control.RoleCheck;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.entity.Roles;
import com.srm.mentoring.pairing.control.PairingAccess;
import com.srm.mentoring.pairing.entity.Adjustment;
import com.srm.mentoring.pairing.entity.AdjustmentCarriedOut;
import com.srm.mentoring.pairing.entity.EndCause;
import com.srm.mentoring.pairing.entity.Pairing;
import com.srm.mentoring.platform.control.Audited;
import com.srm.mentoring.platform.control.ProgramClock;
import com.srm.mentoring.platform.control.RecordId;
import com.srm.mentoring.platform.entity.Action;
import com.srm.mentoring.platform.entity.Refusal;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Program adjustments asked for on a pairing (docs/rules.md, concerns), as HR sees and carries them
 * out: the kind and a short reason, never the concern behind them. A re-pair ends the pairing; a
 * pause pauses it until HR resumes it ({@link Pairings#resume}); a change of format is agreed
 * outside the application and recorded on the pairing with HR's note. Either way the concern that
 * asked for it moves on.
 */
@Stateless
@RolesAllowed(Roles.HR_ADMIN)
@Interceptors(RoleCheck.class)
public class Adjustments {

  public static final String ADJUSTMENT = "pairing-adjustment";

  @PersistenceContext EntityManager em;

  @Resource SessionContext session;

  @Inject ProgramClock clock;

  @Inject PairingAccess access;

  @Inject Event<AdjustmentCarriedOut> carriedOut;

  /** The adjustments asked for on the pairing, newest first. */
  @Audited(action = Action.READ, recordType = ADJUSTMENT)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Adjustment> ofPairing(@RecordId UUID pairingId) {
    access.readable(pairingId, me(), Action.READ, ADJUSTMENT, pairingId);
    return em.createNamedQuery(Adjustment.OF_PAIRING, Adjustment.class)
        .setParameter("pairing", pairingId)
        .getResultList();
  }

  /**
   * Carries the adjustment out: a re-pair ends the pairing, a pause pauses it, a change of format
   * is recorded on it; a pause or a change of format needs HR's note. The concern that asked for it
   * is then resolved.
   *
   * @param version the version HR saw, or null not to check
   * @throws Refusal when it was carried out already
   * @throws Refusal naming the field of a bad note
   */
  @Audited(action = Action.UPDATE, recordType = ADJUSTMENT)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Adjustment carryOut(UUID pairingId, @RecordId UUID id, String note, Long version) {
    Pairing pairing = access.readable(pairingId, me(), Action.UPDATE, ADJUSTMENT, id);
    Adjustment adjustment = em.find(Adjustment.class, id);
    if (adjustment == null || !adjustment.getPairingId().equals(pairing.getId())) {
      throw access.refuse(Action.UPDATE, ADJUSTMENT, id);
    }
    Refusal.checkVersion(ADJUSTMENT, version, adjustment.getVersion());
    Instant now = clock.now();
    adjustment.done(me().getSubject(), note, now);
    // a pairing that ended since it was asked for has nothing left to adjust; the concern moves on
    if (pairing.isOngoing()) {
      switch (adjustment.getKind()) {
        case RE_PAIR -> pairing.end(EndCause.REPAIR, now);
        case PAUSE -> pairing.pause(now);
        case FORMAT -> pairing.changeFormat(adjustment.getDoneNote(), now);
      }
    }
    carriedOut.fire(new AdjustmentCarriedOut(adjustment.getConcernId(), adjustment.getKind(), now));
    return adjustment;
  }

  private Person me() {
    return access.caller(session.getCallerPrincipal().getName());
  }
}
