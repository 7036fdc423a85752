package com.srm.mentoring.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.testsupport.BundleFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The constraints' messages read in English and German, and every one the code names exists. */
class ValidationMessagesTest {

  private static final Pattern KEY_IN_CODE =
      Pattern.compile("message = \"\\{(srm\\.[A-Za-z.]+)\\}\"");

  static Properties bundle(String suffix) throws IOException {
    return BundleFiles.read("/ValidationMessages" + suffix + ".properties");
  }

  @Test
  void everyMessageReadsInEnglishAndInGermanAndNamesItsField() throws IOException {
    Properties english = bundle("");
    Properties german = bundle("_de");
    assertEquals(english.stringPropertyNames(), german.stringPropertyNames());
    for (String key : english.stringPropertyNames()) {
      // the validator takes braces as parameters, and a caller finds the field by its name
      String en = english.getProperty(key);
      String de = german.getProperty(key);
      assertTrue(!en.contains("{") && !de.contains("{"), key);
      String field = en.split("[: ]")[0];
      if (!field.equals("a") && !field.equals("an")) {
        assertTrue(de.startsWith(field), key + ": the German text names " + field + ": " + de);
      }
    }
  }

  @Test
  void everyMessageTheCodeNamesHasItsText() throws IOException {
    Set<String> english = bundle("").stringPropertyNames();
    List<String> unknown = new ArrayList<>();
    Set<String> named = new TreeSet<>();
    for (Path root : List.of(Path.of("src/main/java"), Path.of("../mentoring-web/src/main/java"))) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          Matcher keys = KEY_IN_CODE.matcher(Files.readString(file));
          while (keys.find()) {
            named.add(keys.group(1));
            if (!english.contains(keys.group(1))) {
              unknown.add(file.getFileName() + ": " + keys.group(1));
            }
          }
        }
      }
    }
    assertEquals(List.of(), unknown);
    assertEquals(english, named, "messages no constraint uses");
  }
}
