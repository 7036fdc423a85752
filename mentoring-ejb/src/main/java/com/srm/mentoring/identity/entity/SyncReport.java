package com.srm.mentoring.identity.entity;

import java.util.List;

/**
 * What a directory sync changed, by username; or why it changed nothing.
 *
 * @param added people new to the application
 * @param updated people whose attributes or roles changed
 * @param deactivated people disabled in, or gone from, the directory
 * @param failure why the sync could not run, or null when it ran
 */
public record SyncReport(
    List<String> added, List<String> updated, List<String> deactivated, String failure) {

  public SyncReport {
    added = List.copyOf(added);
    updated = List.copyOf(updated);
    deactivated = List.copyOf(deactivated);
  }

  public static SyncReport failed(String failure) {
    return new SyncReport(List.of(), List.of(), List.of(), failure);
  }

  public boolean succeeded() {
    return failure == null;
  }
}
