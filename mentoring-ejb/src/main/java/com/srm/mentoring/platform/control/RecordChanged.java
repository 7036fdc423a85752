package com.srm.mentoring.platform.control;

import com.srm.mentoring.platform.entity.Action;

/**
 * A CDI event: a record was changed by work that no {@link Audited} method describes one record at
 * a time, such as the directory sync. The access log observes it and records the change in the
 * transaction that makes it, so that the entry and the change commit together or not at all.
 *
 * @param action what was done to the record
 * @param recordType the kind of record
 * @param recordId the record's id
 */
public record RecordChanged(Action action, String recordType, String recordId) {}
