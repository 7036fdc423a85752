package com.srm.mentoring.identity.entity;

/**
 * Which people a page of the directory shows and in which order: parts of the name, username and
 * department to look for (blank means any, case does not matter), and one column to sort by. The
 * sort column is one of a fixed set so that nothing a visitor sends reaches the query text.
 */
public record PeopleQuery(
    String name, String username, String department, Sort sort, boolean descending) {

  /** The columns people can be sorted by, each with the attribute it orders. */
  public enum Sort {
    NAME("displayName"),
    USERNAME("username"),
    DEPARTMENT("department");

    private final String attribute;

    Sort(String attribute) {
      this.attribute = attribute;
    }

    public String attribute() {
      return attribute;
    }
  }

  public PeopleQuery {
    sort = sort == null ? Sort.NAME : sort;
  }

  /** Everybody, by name. */
  public static PeopleQuery everybody() {
    return new PeopleQuery(null, null, null, Sort.NAME, false);
  }
}
