package com.srm.mentoring.charter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.srm.mentoring.charter.entity.ChainCheck;
import com.srm.mentoring.charter.entity.CharterVersion;
import com.srm.mentoring.charter.entity.Evidence;
import com.srm.mentoring.charter.entity.Signature;
import com.srm.mentoring.charter.entity.Signer;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The evidence PDF reads in the reader's language and keeps every letter of a name, whatever its
 * script, in a font the PDF carries with it.
 */
class EvidencePdfTest {

  private static final String NAME = "Łucja Dvořák-Ζωή Смирнова";

  @Test
  void aGermanReaderGetsGermanHeadingsAndEveryLetterOfTheName() throws IOException {
    String text = text(EvidencePdf.render(evidence(), Locale.GERMAN));
    assertTrue(text.contains("Nachweis einer Unterschrift unter die Charta"), text);
    assertTrue(text.contains("Prüfung der Unterschriftenkette"), text);
    assertTrue(text.contains("Unterzeichnet von"), text);
    assertTrue(text.contains(NAME), text);
    assertFalse(text.contains("Signed by"), "no English label on a German page: " + text);
  }

  @Test
  void anEnglishReaderGetsEnglishHeadings() throws IOException {
    String text = text(EvidencePdf.render(evidence(), Locale.ENGLISH));
    assertTrue(text.contains("Evidence of a charter signature"), text);
    assertTrue(text.contains("Signed by"), text);
    assertTrue(text.contains(NAME), text);
  }

  @Test
  void everyFontIsEmbedded() throws IOException {
    PdfReader reader = new PdfReader(EvidencePdf.render(evidence(), Locale.GERMAN));
    List<PdfDictionary> descriptors = new ArrayList<>();
    for (int i = 1; i < reader.getXrefSize(); i++) {
      PdfObject object = reader.getPdfObject(i);
      if (object instanceof PdfDictionary dictionary) {
        if (PdfName.FONT.equals(dictionary.get(PdfName.TYPE))) {
          assertFalse(
              PdfName.TYPE1.equals(dictionary.get(PdfName.SUBTYPE)),
              "a standard font: " + dictionary.get(PdfName.BASEFONT));
        }
        if (PdfName.FONTDESCRIPTOR.equals(dictionary.get(PdfName.TYPE))) {
          descriptors.add(dictionary);
        }
      }
    }
    assertFalse(descriptors.isEmpty(), "the PDF describes its fonts");
    for (PdfDictionary descriptor : descriptors) {
      assertTrue(
          descriptor.contains(PdfName.FONTFILE2), "embedded: " + descriptor.get(PdfName.FONTNAME));
    }
    assertEquals(1, reader.getNumberOfPages());
  }

  private static Evidence evidence() {
    CharterVersion version =
        new CharterVersion(1, "Rules", "Secret", "Path", "Script", Instant.now());
    version.publish("hana", Instant.now());
    Signer signer = new Signer("sub-lucja", "lucja", NAME, Instant.now(), "127.0.0.1", "Firefox");
    Signature signature = new Signature(1, version, signer, Instant.now(), Signature.GENESIS);
    return new Evidence(version, signature, ChainCheck.whole(1));
  }

  private static String text(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    StringBuilder text = new StringBuilder();
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(extractor.getTextFromPage(page)).append('\n');
    }
    return text.toString();
  }
}
