package com.srm.mentoring.session.control;

import com.srm.mentoring.identity.entity.PersonDeactivated;
import com.srm.mentoring.session.entity.CalendarFeed;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Ends a person's calendar feed when the directory no longer lets them in or their data is erased,
 * in the transaction that records it: the address answers 404 from then on, and a person let in
 * again makes a new one. Until then, the feed's read refuses them anyway.
 */
@Dependent
public class CalendarFeedEndings {

  @PersistenceContext EntityManager em;

  public void deactivated(@Observes PersonDeactivated deactivation) {
    CalendarFeed feed = em.find(CalendarFeed.class, deactivation.subject());
    if (feed != null) {
      em.remove(feed);
    }
  }
}
