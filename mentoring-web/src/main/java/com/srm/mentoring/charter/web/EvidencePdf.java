package com.srm.mentoring.charter.web;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import com.srm.mentoring.charter.boundary.Charters;
import com.srm.mentoring.charter.entity.ChainCheck;
import com.srm.mentoring.charter.entity.CharterVersion;
import com.srm.mentoring.charter.entity.Evidence;
import com.srm.mentoring.charter.entity.Signature;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * The evidence of the signed-in person's newest signature as a PDF: the chain check, the signature
 * record and the signed text, for the person's own files.
 */
@WebServlet("/charter/evidence.pdf")
public class EvidencePdf extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
  private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
  private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
  private static final Font FIXED = FontFactory.getFont(FontFactory.COURIER, 8);

  @Inject transient Charters charters;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Evidence> evidence = charters.myEvidence();
    if (evidence.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] pdf = render(evidence.get());
    response.setContentType("application/pdf");
    response.setHeader("Content-Disposition", "attachment; filename=\"charter-signature.pdf\"");
    response.setContentLength(pdf.length);
    response.getOutputStream().write(pdf);
  }

  static byte[] render(Evidence evidence) {
    Signature s = evidence.signature();
    CharterVersion charter = evidence.charter();
    ChainCheck chain = evidence.chain();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 56, 56, 56, 56);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle("Charter signature of " + s.getDisplayName());
      document.open();
      document.add(new Paragraph("Evidence of a charter signature", TITLE));
      document.add(new Paragraph(" ", BODY));
      document.add(new Paragraph("Check of the signature chain", HEADING));
      document.add(
          new Paragraph(
              chain.ok()
                  ? "The chain holds: "
                      + chain.checked()
                      + " signatures up to and including this one match their hashes and links."
                  : "The chain is broken at signature "
                      + chain.firstBadSequence()
                      + ": a record was changed or removed after it was given.",
              BODY));
      document.add(new Paragraph(" ", BODY));
      document.add(new Paragraph("Signature record", HEADING));
      line(document, "Charter version", String.valueOf(s.getVersion()));
      line(document, "Hash of the signed text", s.getTextHash());
      line(document, "Signed by", s.getDisplayName() + " (" + s.getUsername() + ")");
      line(document, "Identity (OIDC subject)", s.getSubject());
      line(document, "Signed at", Messages.utc(s.getSignedAt()));
      line(document, "Signed in at", Messages.utc(s.getAuthenticatedAt()));
      line(document, "From address", s.getClientIp());
      line(document, "Browser", s.getUserAgent());
      line(document, "Place in the chain", String.valueOf(s.getSequence()));
      line(document, "Hash of the signature before", s.getPrevHash());
      line(document, "Hash of this signature", s.getHash());
      document.add(new Paragraph(" ", BODY));
      document.add(new Paragraph("The signed text, as hashed", HEADING));
      document.add(new Paragraph(charter.canonicalText(), BODY));
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("could not render the evidence", e);
    }
    return out.toByteArray();
  }

  private static void line(Document document, String label, String value) {
    Paragraph line = new Paragraph(label + ": ", BODY);
    line.add(new Chunk(value == null ? "" : value, FIXED));
    document.add(line);
  }
}
