package com.srm.mentoring.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FormFieldsTest {

  @Test
  void aTablesOwnStateAndAColumnsFilterHangOffTheirComponent() {
    assertEquals("people:table", FormFields.ownerOf("people:table_first", ':'));
    assertEquals("people:table", FormFields.ownerOf("people:table_rppDD", ':'));
    assertEquals("people:table:username", FormFields.ownerOf("people:table:username:filter", ':'));
  }

  @Test
  void aRowsButtonCarriesNoRendererSuffix() {
    assertNull(FormFields.ownerOf("people:table:9999:j_idt12:0:appoint", ':'));
    assertNull(FormFields.ownerOf("people:table:0:j_idt12", ':'));
    assertNull(FormFields.ownerOf("people:table_2", ':'));
  }
}
