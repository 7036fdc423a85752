package com.srm.mentoring.identity.boundary;

import com.srm.mentoring.identity.control.DirectorySync;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The scheduled directory sync in a transaction of its own, so that a failure rolls it back and
 * reaches {@link DirectorySchedule} as an exception it counts, never as one its timer sees. Not
 * HR's sync ({@link Directory#sync}): nobody asked for it, so it is not logged as anyone's action.
 */
@Stateless
@PermitAll
public class ScheduledSync {

  @Inject DirectorySync sync;

  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void run() {
    sync.run();
  }
}
