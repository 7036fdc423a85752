package com.srm.mentoring.identity.web;

import com.srm.mentoring.identity.boundary.Directory;
import com.srm.mentoring.identity.entity.PeopleQuery;
import com.srm.mentoring.identity.entity.Person;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The rows of HR's people table, read a page at a time from the directory with the table's sort and
 * filters. A row index outside the page that was read is no row: a post naming one was not made by
 * the page, and the table must not quietly take it for another row of the page.
 */
public class PeopleTable extends LazyDataModel<Person> {

  private static final long serialVersionUID = 1L;

  private final transient Directory directory;

  private int loadedFirst;
  private int loadedSize;
  private int rowIndex = -1;

  PeopleTable(Directory directory) {
    this.directory = directory;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(directory.countPeople(query(Map.of(), filterBy)));
  }

  @Override
  public List<Person> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    List<Person> page = directory.people(query(sortBy, filterBy), first, pageSize);
    loadedFirst = first;
    loadedSize = page.size();
    return page;
  }

  @Override
  public String getRowKey(Person person) {
    return person.getUsername();
  }

  @Override
  public void setRowIndex(int rowIndex) {
    this.rowIndex = rowIndex;
    super.setRowIndex(rowIndex);
  }

  @Override
  public boolean isRowAvailable() {
    return onLoadedPage(rowIndex, loadedFirst, loadedSize) && super.isRowAvailable();
  }

  /** Whether an index of the whole table falls on the page that was read. */
  static boolean onLoadedPage(int rowIndex, int first, int size) {
    return rowIndex >= first && rowIndex < first + size;
  }

  /** The table's sort and filters as a directory query; unknown fields are ignored. */
  static PeopleQuery query(Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    PeopleQuery.Sort sort = PeopleQuery.Sort.NAME;
    boolean descending = false;
    for (SortMeta meta : sortBy.values()) {
      PeopleQuery.Sort column = column(meta.getField());
      if (column != null && meta.getOrder() != SortOrder.UNSORTED) {
        sort = column;
        descending = meta.getOrder() == SortOrder.DESCENDING;
        break;
      }
    }
    return new PeopleQuery(
        filter(filterBy, "displayName"),
        filter(filterBy, "username"),
        filter(filterBy, "department"),
        sort,
        descending);
  }

  private static PeopleQuery.Sort column(String field) {
    if (field == null) {
      return null;
    }
    return switch (field) {
      case "displayName" -> PeopleQuery.Sort.NAME;
      case "username" -> PeopleQuery.Sort.USERNAME;
      case "department" -> PeopleQuery.Sort.DEPARTMENT;
      default -> null;
    };
  }

  private static String filter(Map<String, FilterMeta> filterBy, String field) {
    FilterMeta meta = filterBy.get(field);
    Object value = meta == null ? null : meta.getFilterValue();
    return value == null ? null : value.toString();
  }
}
