package com.srm.mentoring.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ScriptJsonTest {

  private static final String NAME =
      "</script><meta http-equiv=\"refresh\" content=\"0;url=about:blank\"> & 'x' \u2028\u2029";

  @Test
  void markupInATextCannotEndTheScriptItIsWrittenInto() {
    String json = ScriptJson.of(Json.createObjectBuilder().add("label", NAME).build());
    for (String unsafe : new String[] {"<", ">", "&", "'", "\u2028", "\u2029"}) {
      assertFalse(json.contains(unsafe), unsafe + " in " + json);
    }
    assertEquals(
        "{\"label\":\"\\u003c/script\\u003e\\u003cmeta http-equiv=\\\"refresh\\\""
            + " content=\\\"0;url=about:blank\\\"\\u003e \\u0026 \\u0027x\\u0027 \\u2028\\u2029\"}",
        json);
  }

  @Test
  void theDataReadsTheSame() {
    String json = ScriptJson.of(Json.createObjectBuilder().add("label", NAME).add("n", 3).build());
    JsonObject read = Json.createReader(new StringReader(json)).readObject();
    assertEquals(NAME, read.getString("label"));
    assertEquals(3, read.getInt("n"));
  }
}
