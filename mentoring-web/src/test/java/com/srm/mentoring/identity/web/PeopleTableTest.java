package com.srm.mentoring.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.identity.entity.PeopleQuery;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class PeopleTableTest {

  @Test
  void onlyIndicesOfThePageThatWasReadAreRows() {
    // the third page of 25, holding 7 people
    assertFalse(PeopleTable.onLoadedPage(49, 50, 7));
    assertTrue(PeopleTable.onLoadedPage(50, 50, 7));
    assertTrue(PeopleTable.onLoadedPage(56, 50, 7));
    assertFalse(PeopleTable.onLoadedPage(57, 50, 7));
    assertFalse(PeopleTable.onLoadedPage(-1, 0, 25));
    assertFalse(PeopleTable.onLoadedPage(9999, 0, 25), "not row 9999 % 25 of the page");
    assertFalse(PeopleTable.onLoadedPage(0, 0, 0), "an empty page has no rows");
  }

  @Test
  void theTablesSortAndFiltersBecomeTheDirectoryQuery() {
    PeopleQuery query =
        PeopleTable.query(
            Map.of(
                "department",
                SortMeta.builder().field("department").order(SortOrder.DESCENDING).build()),
            Map.of(
                "username", FilterMeta.builder().field("username").filterValue("jun").build(),
                "displayName",
                    FilterMeta.builder().field("displayName").filterValue("Ju").build()));
    assertEquals(new PeopleQuery("Ju", "jun", null, PeopleQuery.Sort.DEPARTMENT, true), query);
  }

  @Test
  void anUnknownSortFieldLeavesTheOrderByName() {
    PeopleQuery query =
        PeopleTable.query(
            Map.of("grade", SortMeta.builder().field("grade").order(SortOrder.ASCENDING).build()),
            Map.of());
    assertEquals(PeopleQuery.Sort.NAME, query.sort());
    assertFalse(query.descending());
    assertNull(query.username());
  }
}
