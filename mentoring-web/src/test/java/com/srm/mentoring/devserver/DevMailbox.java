package com.srm.mentoring.devserver;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The dev run's mailbox: an SMTP server (GreenMail) that takes every e-mail the application sends,
 * whatever its recipient, and a read-only web page listing them, newest first. GreenMail's own
 * library has no web view (its REST API ships only with the standalone server), so the page is
 * served from this process. Both listen on 127.0.0.1 only: the e-mails name people of the demo.
 */
final class DevMailbox implements AutoCloseable {

  private final GreenMail smtp;
  private final HttpServer web;

  private DevMailbox(GreenMail smtp, HttpServer web) {
    this.smtp = smtp;
    this.web = web;
  }

  /** Starts both on 127.0.0.1; a web port of 0 is any free one. */
  static DevMailbox start(int smtpPort, int webPort) throws IOException {
    GreenMail smtp =
        new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    HttpServer web;
    try {
      web = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), webPort), 0);
    } catch (IOException e) {
      smtp.stop();
      throw e;
    }
    DevMailbox mailbox = new DevMailbox(smtp, web);
    web.createContext("/", mailbox::answer);
    web.start();
    return mailbox;
  }

  /** Where the application sends its e-mails. */
  int smtpPort() {
    return smtp.getSmtp().getPort();
  }

  /** The page that lists what was sent. */
  String address() {
    return "http://127.0.0.1:" + web.getAddress().getPort() + "/";
  }

  @Override
  public void close() {
    web.stop(0);
    smtp.stop();
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!"GET".equals(method) && !"HEAD".equals(method)) {
        // read-only: nothing here deletes or sends
        exchange.getResponseHeaders().add("Allow", "GET, HEAD");
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      if (!"/".equals(exchange.getRequestURI().getPath())) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      byte[] page = page().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "text/html; charset=UTF-8");
      exchange.getResponseHeaders().add("Cache-Control", "no-store");
      exchange.sendResponseHeaders(200, "HEAD".equals(method) ? -1 : page.length);
      if ("GET".equals(method)) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(page);
        }
      }
    }
  }

  private String page() {
    List<MimeMessage> received = Arrays.asList(smtp.getReceivedMessages());
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\">")
        .append("<meta http-equiv=\"refresh\" content=\"10\">")
        .append("<title>Dev mailbox</title></head><body>")
        .append("<h1>Dev mailbox: ")
        .append(received.size())
        .append(received.size() == 1 ? " e-mail" : " e-mails")
        .append("</h1>");
    for (int i = received.size() - 1; i >= 0; i--) {
      html.append(entry(received.get(i)));
    }
    return html.append("</body></html>").toString();
  }

  private static String entry(MimeMessage mail) {
    try {
      return "<article><h2>"
          + escape(mail.getSubject())
          + "</h2><p>To: "
          + escape(addresses(mail.getAllRecipients()))
          + "<br>From: "
          + escape(addresses(mail.getFrom()))
          + "<br>Sent: "
          + escape(String.valueOf(mail.getSentDate()))
          + "</p><pre>"
          + escape(body(mail))
          + "</pre></article>";
    } catch (MessagingException | IOException e) {
      return "<article><p>Unreadable e-mail: " + escape(e.toString()) + "</p></article>";
    }
  }

  /**
   * The text as the recipient reads it: decoded, in its own character set; of a calendar
   * invitation, its text and then the iCalendar part.
   */
  private static String body(MimeMessage mail) throws MessagingException, IOException {
    Object content = mail.getContent();
    if (content instanceof String text) {
      return text;
    }
    if (content instanceof Multipart parts) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < parts.getCount(); i++) {
        BodyPart part = parts.getBodyPart(i);
        if (part.getContentType().toLowerCase(Locale.ROOT).startsWith("text/")) {
          try (InputStream in = part.getInputStream()) {
            text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
          }
        }
      }
      return text.toString();
    }
    return GreenMailUtil.getBody(mail);
  }

  private static String addresses(Address[] addresses) {
    return addresses == null
        ? ""
        : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
  }

  private static String escape(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
