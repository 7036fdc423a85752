package com.srm.mentoring.audit.web;

import com.srm.mentoring.audit.boundary.Audits;
import com.srm.mentoring.audit.entity.Anchor;
import com.srm.mentoring.audit.entity.LogFilter;
import com.srm.mentoring.audit.entity.Verification;
import com.srm.mentoring.platform.entity.Refusal;
import com.srm.mentoring.platform.web.Refusals;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.Flash;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The auditor's page of the access log. The filter lives in the URL, so that a search can be
 * bookmarked, shared with a colleague and reloaded, and the CSV export holds what the table shows;
 * the table sorts and pages through the search a page at a time. The verification runs from a
 * button, never on loading the page: it is logged, and a link must not act for the auditor.
 */
@Named
@RequestScoped
public class AuditLog {

  @Inject Audits audits;

  @Inject FacesContext faces;

  private String actor;
  private String recordType;
  private String recordId;
  private String action;
  private String outcome;
  private String from;
  private String to;
  private String receipt;

  private AuditLogTable entries;

  /** Whether the filter in the URL was refused; the page names the wrong field then. */
  private boolean refused;

  static final String SUMMARY = "auditLog.verificationSummary";
  static final String OK = "auditLog.verificationOk";

  private static final DateTimeFormatter UTC_SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  /**
   * Made when the bean is first used, also on the table's own requests for another page or order:
   * it reads the filter from the URL's values each time it reads.
   */
  @PostConstruct
  void init() {
    entries = new AuditLogTable(audits, this::filter);
  }

  /** Checks the search the URL describes; a wrong value is named in a message instead. */
  public void load() {
    try {
      LogFilter.parse(actor, recordType, recordId, action, outcome, from, to);
    } catch (Refusal wrong) {
      refused = true;
      error(wrong);
    }
  }

  /** The filter of the URL, or null when one of its values is wrong. */
  LogFilter filter() {
    if (refused) {
      return null;
    }
    try {
      return LogFilter.parse(actor, recordType, recordId, action, outcome, from, to);
    } catch (Refusal wrong) {
      return null;
    }
  }

  /**
   * Verifies the whole log, against the receipt when one was pasted, and shows the result on the
   * page it came from.
   */
  public String verify() {
    Verification verification;
    try {
      verification =
          receipt == null || receipt.isBlank()
              ? audits.verify()
              : audits.verify(Anchor.parse(receipt));
    } catch (Refusal refused) {
      error(refused);
      return null;
    }
    Flash flash = faces.getExternalContext().getFlash();
    flash.put(SUMMARY, summary(verification));
    flash.put(OK, verification.ok());
    return "/audit/log.xhtml?faces-redirect=true&includeViewParams=true";
  }

  private void error(Refusal refused) {
    Refusals.show(faces, refused);
  }

  /** The query string of the current filter, for the export. */
  public String getFilterQuery() {
    Map<String, String> filter = new LinkedHashMap<>();
    filter.put("actor", actor);
    filter.put("recordType", recordType);
    filter.put("recordId", recordId);
    filter.put("action", action);
    filter.put("outcome", outcome);
    filter.put("from", from);
    filter.put("to", to);
    return filter.entrySet().stream()
        .filter(p -> p.getValue() != null && !p.getValue().isBlank())
        .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** What the verification found, in words. */
  String summary(Verification verification) {
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    StringBuilder summary =
        new StringBuilder(
            verification.ok()
                ? MessageFormat.format(bundle.getString("audit.whole"), verification.entries())
                : MessageFormat.format(
                    bundle.getString("audit.damaged"),
                    verification.firstBadSequence(),
                    bundle.getString("audit.damage." + verification.damage().label())));
    if (verification.ok()) {
      summary.append(' ').append(unsealed(bundle, verification));
    }
    if (verification.anchorSequence() != null) {
      summary
          .append(' ')
          .append(
              MessageFormat.format(
                  bundle.getString("audit.anchored"), verification.anchorSequence()));
    }
    if (verification.receipt() != null) {
      summary
          .append(' ')
          .append(bundle.getString("audit.receipt." + verification.receipt().label()));
    }
    return summary.toString();
  }

  /** The entries no seal vouches for yet: the window in which they could be cut off unnoticed. */
  private static String unsealed(ResourceBundle bundle, Verification verification) {
    if (verification.unsealedSince() == null) {
      return bundle.getString("audit.unsealedNone");
    }
    return MessageFormat.format(
        bundle.getString("audit.unsealed"),
        verification.unsealedEntries(),
        UTC_SECONDS.format(verification.unsealedSince()));
  }

  /** What the last verification found, shown once after it ran. */
  public String getVerificationSummary() {
    return (String) faces.getExternalContext().getFlash().get(SUMMARY);
  }

  public boolean isVerificationOk() {
    return Boolean.TRUE.equals(faces.getExternalContext().getFlash().get(OK));
  }

  public AuditLogTable getEntries() {
    return entries;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getRecordType() {
    return recordType;
  }

  public void setRecordType(String recordType) {
    this.recordType = recordType;
  }

  public String getRecordId() {
    return recordId;
  }

  public void setRecordId(String recordId) {
    this.recordId = recordId;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getReceipt() {
    return receipt;
  }

  public void setReceipt(String receipt) {
    this.receipt = receipt;
  }
}
