package com.srm.mentoring.charter.web;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import com.srm.mentoring.charter.boundary.Charters;
import com.srm.mentoring.charter.entity.ChainCheck;
import com.srm.mentoring.charter.entity.CharterVersion;
import com.srm.mentoring.charter.entity.Evidence;
import com.srm.mentoring.charter.entity.Signature;
import com.srm.mentoring.platform.rest.Languages;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The evidence of the signed-in person's newest signature as a PDF: the chain check, the signature
 * record and the signed text, for the person's own files. Its texts are the evidence page's, in the
 * reader's language; the signed text stays as it was hashed. Every text is set in an embedded
 * Unicode TrueType font (Liberation Sans, SIL Open Font License, shipped in the OpenPDF jar): the
 * PDF standard fonts hold Latin-1 only and would drop letters of names such as "Łucja" or "Ζωή".
 */
@WebServlet("/charter/evidence.pdf")
public class EvidencePdf extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** OpenPDF's own copy of Liberation Sans, which covers Latin, Greek and Cyrillic. */
  static final String FONT = "/font-fallback/LiberationSans-Regular.ttf";

  private static final BaseFont SANS = embedded(FONT);
  private static final Font TITLE = new Font(SANS, 16, Font.BOLD);
  private static final Font HEADING = new Font(SANS, 12, Font.BOLD);
  private static final Font BODY = new Font(SANS, 10);
  private static final Font FIXED = new Font(SANS, 8);

  private static final String BUNDLE = "com.srm.mentoring.i18n.messages";

  @Inject transient Charters charters;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Evidence> evidence = charters.myEvidence();
    if (evidence.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] pdf =
        render(evidence.get(), Languages.preferred(Collections.list(request.getLocales())));
    response.setContentType("application/pdf");
    response.setHeader("Content-Disposition", "attachment; filename=\"charter-signature.pdf\"");
    response.setContentLength(pdf.length);
    response.getOutputStream().write(pdf);
  }

  static byte[] render(Evidence evidence, Locale language) {
    ResourceBundle msg =
        ResourceBundle.getBundle(
            BUNDLE,
            language,
            EvidencePdf.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    Signature s = evidence.signature();
    CharterVersion charter = evidence.charter();
    ChainCheck chain = evidence.chain();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 56, 56, 56, 56);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(text(msg, "evidence.pdfDocumentTitle", s.getDisplayName()));
      document.open();
      document.add(new Paragraph(text(msg, "evidence.pdfTitle"), TITLE));
      document.add(new Paragraph(" ", BODY));
      document.add(new Paragraph(text(msg, "evidence.chain"), HEADING));
      document.add(
          new Paragraph(
              text(
                  msg,
                  chain.ok() ? "evidence.chainWhole" : "evidence.chainBroken",
                  chain.checked(),
                  chain.firstBadSequence()),
              BODY));
      document.add(new Paragraph(" ", BODY));
      document.add(new Paragraph(text(msg, "evidence.signature"), HEADING));
      line(document, msg, "evidence.version", String.valueOf(s.getVersion()));
      line(document, msg, "evidence.textHash", s.getTextHash());
      line(document, msg, "evidence.signer", s.getDisplayName() + " (" + s.getUsername() + ")");
      line(document, msg, "evidence.subject", s.getSubject());
      line(document, msg, "evidence.signedAt", Messages.utc(s.getSignedAt()));
      line(document, msg, "evidence.authenticatedAt", Messages.utc(s.getAuthenticatedAt()));
      line(document, msg, "evidence.clientIp", s.getClientIp());
      line(document, msg, "evidence.userAgent", s.getUserAgent());
      line(document, msg, "evidence.sequence", String.valueOf(s.getSequence()));
      line(document, msg, "evidence.prevHash", s.getPrevHash());
      line(document, msg, "evidence.hash", s.getHash());
      document.add(new Paragraph(" ", BODY));
      document.add(new Paragraph(text(msg, "evidence.pdfSignedText"), HEADING));
      document.add(new Paragraph(charter.canonicalText(), BODY));
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("could not render the evidence", e);
    }
    return out.toByteArray();
  }

  private static void line(Document document, ResourceBundle msg, String label, String value) {
    Paragraph line = new Paragraph(text(msg, label) + ": ", BODY);
    line.add(new Chunk(value == null ? "" : value, FIXED));
    document.add(line);
  }

  private static String text(ResourceBundle msg, String key, Object... args) {
    return new MessageFormat(msg.getString(key), msg.getLocale()).format(args);
  }

  /** The font, embedded (as the subset of its glyphs in use) with Unicode encoding. */
  private static BaseFont embedded(String resource) {
    try (InputStream in = EvidencePdf.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no " + resource + " on the class path");
      }
      return BaseFont.createFont(
          resource.substring(resource.lastIndexOf('/') + 1),
          BaseFont.IDENTITY_H,
          BaseFont.EMBEDDED,
          false,
          in.readAllBytes(),
          null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
