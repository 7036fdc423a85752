package com.srm.mentoring.session.boundary;

import com.srm.mentoring.charter.control.CharterSigned;
import com.srm.mentoring.identity.control.RoleCheck;
import com.srm.mentoring.identity.entity.Roles;
import com.srm.mentoring.pairing.boundary.Adjustments;
import com.srm.mentoring.pairing.boundary.Pairings;
import com.srm.mentoring.pairing.entity.PairingDetail;
import com.srm.mentoring.session.entity.PairingOverview;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.List;
import java.util.UUID;

/**
 * A pairing's page in one call. It reads through the boundaries that own each part, so that every
 * part is checked and logged exactly as when it is read on its own: the pairing, its sessions, the
 * notes the caller may read and, for HR, its adjustments (docs/rules.md, visibility and access
 * log). A caller who may not read the pairing is told it does not exist.
 */
@Stateless
@RolesAllowed({
  Roles.EMPLOYEE,
  Roles.FACILITATOR,
  Roles.HR_ADMIN,
  Roles.ESCALATION_CONTACT,
  Roles.AUDITOR
})
@Interceptors(RoleCheck.class)
@CharterSigned
public class PairingOverviews {

  @Inject Pairings pairings;

  @Inject Sessions sessions;

  @Inject Notes notes;

  @Inject Adjustments adjustments;

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public PairingOverview of(UUID pairingId) {
    PairingDetail pairing = pairings.find(pairingId);
    return new PairingOverview(
        pairing,
        sessions.ofPairing(pairingId),
        notes.ofPairing(pairingId),
        pairing.hr() ? adjustments.ofPairing(pairingId) : List.of());
  }
}
