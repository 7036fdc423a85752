package com.srm.mentoring.privacy.web;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import com.srm.mentoring.privacy.entity.PersonalData;
import com.srm.mentoring.privacy.entity.PersonalData.AgendaRecord;
import com.srm.mentoring.privacy.entity.PersonalData.ConcernNoteRecord;
import com.srm.mentoring.privacy.entity.PersonalData.ConcernRecord;
import com.srm.mentoring.privacy.entity.PersonalData.LogRecord;
import com.srm.mentoring.privacy.entity.PersonalData.NoteRecord;
import com.srm.mentoring.privacy.entity.PersonalData.PairingRecord;
import com.srm.mentoring.privacy.entity.PersonalData.Profile;
import com.srm.mentoring.privacy.entity.PersonalData.SessionRecord;
import com.srm.mentoring.privacy.entity.PersonalData.SignatureRecord;
import com.srm.mentoring.privacy.entity.PersonalData.TopicRecord;
import com.srm.mentoring.privacy.entity.PersonalData.WithdrawalRecord;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * A person's data as a PDF for their own files, headed in their language; what they wrote is shown
 * as they wrote it. The same record as the JSON export, section by section.
 */
public final class PersonalDataPdf {

  private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
  private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
  private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
  private static final Font FIXED = FontFactory.getFont(FontFactory.COURIER, 8);

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final Document document = new Document(PageSize.A4, 56, 56, 56, 56);
  private final ResourceBundle msg;

  private PersonalDataPdf(Locale locale) {
    this.msg = MyDataTexts.bundle(locale);
  }

  /** The PDF of {@code data}, its headings and labels in {@code locale}. */
  public static byte[] render(PersonalData data, Locale locale) {
    return new PersonalDataPdf(locale).write(data);
  }

  private byte[] write(PersonalData data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfWriter.getInstance(document, out);
      Profile p = data.profile();
      document.addTitle(text("myData.title") + ": " + p.displayName());
      document.open();
      document.add(new Paragraph(text("myData.title") + ": " + p.displayName(), TITLE));
      line("myData.pdf.exportedAt", time(data.exportedAt()));
      profile(p);
      signatures(data.signatures(), data.withdrawals());
      topics(data.topics());
      pairings(data.pairings());
      notes(data.notes());
      concerns(data.concerns());
      accessLog(data.accessLog());
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("could not render the personal data", e);
    }
    return out.toByteArray();
  }

  private void profile(Profile p) {
    heading("myData.section.profile");
    line("me.name", p.displayName());
    line("me.username", p.username());
    line("myData.pdf.subject", p.subject());
    line("me.department", p.department());
    line("me.grade", p.grade() == null ? null : String.valueOf(p.grade()));
    line("me.manager", p.manager());
    line("myData.pdf.email", p.email());
    line("me.roles", String.join(", ", p.roles()));
  }

  private void signatures(List<SignatureRecord> signatures, List<WithdrawalRecord> withdrawals) {
    heading("myData.section.signatures");
    none(signatures);
    for (SignatureRecord s : signatures) {
      line(
          "myData.pdf.signature",
          s.version() + " · " + time(s.signedAt()) + " · " + s.clientIp() + " · " + s.hash());
    }
    for (WithdrawalRecord w : withdrawals) {
      line("myData.pdf.withdrawal", time(w.withdrawnAt()) + " · " + orEmpty(w.reason()));
    }
  }

  private void topics(List<TopicRecord> topics) {
    heading("myData.section.topics");
    none(topics);
    for (TopicRecord t : topics) {
      line("myData.topic." + t.kind(), t.tag());
    }
  }

  private void pairings(List<PairingRecord> pairings) {
    heading("myData.section.pairings");
    none(pairings);
    for (PairingRecord p : pairings) {
      document.add(
          new Paragraph(
              orEmpty(p.cohort()) + ": " + p.mentor() + " / " + p.mentee() + " (" + p.state() + ")",
              BODY));
      line("myData.pdf.facilitator", p.facilitator());
      line("myData.pdf.formedAt", time(p.formedAt()));
      line("myData.pdf.objective", p.objective());
      for (SessionRecord s : p.sessions()) {
        line(
            "myData.pdf.session",
            time(s.startsAt()) + " · " + orEmpty(s.place()) + " · " + s.state());
        for (AgendaRecord a : s.agenda()) {
          line("myData.pdf.agenda", a.author() + ": " + a.text());
        }
      }
    }
  }

  private void notes(List<NoteRecord> notes) {
    heading("myData.section.notes");
    none(notes);
    for (NoteRecord n : notes) {
      document.add(new Paragraph(n.framework() + " · " + time(n.writtenAt()), BODY));
      for (Map.Entry<String, String> part : n.parts().entrySet()) {
        labelled(part.getKey(), part.getValue());
      }
    }
  }

  private void concerns(List<ConcernRecord> concerns) {
    heading("myData.section.concerns");
    none(concerns);
    for (ConcernRecord c : concerns) {
      document.add(
          new Paragraph(
              orEmpty(c.title()) + " (" + c.state() + ", " + time(c.raisedAt()) + ")", BODY));
      if (c.description() != null) {
        document.add(new Paragraph(c.description(), BODY));
      }
      for (ConcernNoteRecord n : c.notes()) {
        labelled(orEmpty(n.author()) + " · " + time(n.writtenAt()), orEmpty(n.body()));
      }
    }
  }

  private void accessLog(List<LogRecord> entries) {
    heading("myData.section.accessLog");
    none(entries);
    for (LogRecord e : entries) {
      document.add(
          new Paragraph(
              e.sequence()
                  + " "
                  + time(e.occurredAt())
                  + " "
                  + e.action()
                  + " "
                  + e.recordType()
                  + " "
                  + orEmpty(e.recordId())
                  + " "
                  + e.outcome(),
              FIXED));
    }
  }

  private void heading(String key) {
    document.add(new Paragraph(" ", BODY));
    document.add(new Paragraph(text(key), HEADING));
  }

  private void none(List<?> records) {
    if (records.isEmpty()) {
      document.add(new Paragraph(text("myData.none"), BODY));
    }
  }

  private void line(String key, String value) {
    labelled(text(key), value);
  }

  private void labelled(String label, String value) {
    Paragraph line = new Paragraph(label + ": ", BODY);
    line.add(new Chunk(orEmpty(value), BODY));
    document.add(line);
  }

  private String text(String key) {
    return msg.containsKey(key) ? msg.getString(key) : key;
  }

  private static String time(Instant instant) {
    return instant == null ? "" : UTC.format(instant);
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
