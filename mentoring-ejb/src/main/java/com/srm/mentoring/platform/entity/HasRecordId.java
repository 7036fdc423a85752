package com.srm.mentoring.platform.entity;

import java.util.UUID;

/**
 * A record the access log names by its id when a list or search shows it, so that an auditor can
 * tell who has seen the record also through a list; see {@code Audited}.
 */
public interface HasRecordId {

  /** The id the access log names the record by. */
  UUID getId();
}
