package com.srm.mentoring.platform.control;

import java.util.List;

/**
 * A CDI event: records were read for a person who is not the request's signed-in caller, such as a
 * person's calendar feed, which their calendar program reads with the feed's secret address. The
 * access log observes it and records the read as that person's.
 *
 * @param subject the person's subject
 * @param username the person's username
 * @param recordType the kind of records read
 * @param listedIds the ids of the records the answer showed
 */
public record RecordRead(
    String subject, String username, String recordType, List<String> listedIds) {

  public RecordRead {
    listedIds = List.copyOf(listedIds);
  }
}
