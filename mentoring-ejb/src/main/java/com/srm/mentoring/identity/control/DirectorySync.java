package com.srm.mentoring.identity.control;

import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.entity.PersonDeactivated;
import com.srm.mentoring.identity.entity.SyncReport;
import com.srm.mentoring.platform.control.RecordChanged;
import com.srm.mentoring.platform.entity.Action;
import com.srm.mentoring.platform.entity.Refusal;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Makes the application's people follow the directory: adds newcomers, takes over changed
 * attributes and roles, and marks people disabled in or removed from the directory inactive. The
 * whole directory is read before anything is written, so an unreachable directory changes nothing.
 * Every record it changes is a {@link RecordChanged} event, which the access log records.
 */
@Dependent
public class DirectorySync {

  private static final Logger LOG = Logger.getLogger(DirectorySync.class.getName());

  @Inject KeycloakDirectory directory;

  @Inject PersonRecords people;

  @Inject Event<RecordChanged> changes;

  /** Tells other features, in the sync's transaction, whom the directory no longer lets in. */
  @Inject Event<PersonDeactivated> deactivations;

  @Inject MetricRegistry metrics;

  /** Metric: directory syncs that read the directory, whether on schedule or asked for. */
  public static final String SYNCS = "srm_directory_syncs";

  /** Metric: directory syncs refused because the directory could not be reached. */
  public static final String SYNCS_REFUSED = "srm_directory_syncs_refused";

  /** Runs inside the caller's transaction. */
  public SyncReport run() {
    List<DirectoryPerson> listed;
    try {
      listed = directory.everyone();
    } catch (Refusal e) {
      LOG.warning(() -> e.getMessage() + ": " + e.getCause());
      metrics.counter(SYNCS_REFUSED).inc();
      return SyncReport.failed(e.getMessage());
    }
    Map<String, Person> known =
        people.all().stream().collect(Collectors.toMap(Person::getSubject, Function.identity()));
    List<String> added = new ArrayList<>();
    List<String> updated = new ArrayList<>();
    List<String> deactivated = new ArrayList<>();
    Map<String, DirectoryPerson> bySubject = new HashMap<>();
    listed.forEach(p -> bySubject.put(p.subject(), p));
    for (DirectoryPerson person : listed) {
      Person record = known.get(person.subject());
      if (record == null) {
        people.add(new Person(person.subject(), person.entry()));
        added.add(person.entry().username());
      } else {
        boolean wasActive = record.isActive();
        if (record.refresh(person.entry())) {
          boolean nowInactive = wasActive && !record.isActive();
          (nowInactive ? deactivated : updated).add(record.getUsername());
          if (nowInactive) {
            deactivations.fire(new PersonDeactivated(record.getSubject()));
          }
        }
      }
    }
    for (Person record : known.values()) {
      if (!bySubject.containsKey(record.getSubject()) && record.isActive()) {
        record.deactivate();
        deactivated.add(record.getUsername());
        deactivations.fire(new PersonDeactivated(record.getSubject()));
      }
    }
    added.forEach(username -> changed(Action.CREATE, username));
    updated.forEach(username -> changed(Action.UPDATE, username));
    deactivated.forEach(username -> changed(Action.DEACTIVATE, username));
    SyncReport report = new SyncReport(added, updated, deactivated, null);
    metrics.counter(SYNCS).inc();
    LOG.info(() -> "Directory sync: " + report);
    return report;
  }

  private void changed(Action action, String username) {
    changes.fire(new RecordChanged(action, Person.RECORD_TYPE, username));
  }
}
