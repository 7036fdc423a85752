package com.srm.mentoring.audit.web;

import com.srm.mentoring.audit.boundary.Audits;
import com.srm.mentoring.audit.entity.AccessLogEntry;
import com.srm.mentoring.audit.entity.LogFilter;
import com.srm.mentoring.audit.entity.LogPage;
import com.srm.mentoring.audit.entity.Verification;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The auditor's page of the access log. The filter and the cursor live in the URL, so that every
 * page of a search can be bookmarked, shared with a colleague and reloaded.
 */
@Named
@RequestScoped
public class AuditLog {

  /** Entries per page. */
  static final int PAGE_SIZE = 50;

  @Inject Audits audits;

  @Inject FacesContext faces;

  private String actor;
  private String recordType;
  private String recordId;
  private String action;
  private String outcome;
  private String from;
  private String to;
  private String cursor;
  private boolean verify;

  private List<AccessLogEntry> entries = List.of();
  private Long next;
  private Verification verification;

  /** Runs the search the URL describes; a wrong value is named in a message instead. */
  public void load() {
    try {
      LogFilter filter = LogFilter.parse(actor, recordType, recordId, action, outcome, from, to);
      LogPage page = audits.entries(filter, LogFilter.cursor(cursor), PAGE_SIZE);
      entries = page.entries();
      next = page.next();
      if (verify) {
        verification = audits.verify();
      }
    } catch (IllegalArgumentException refused) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
    }
  }

  /** The query string of the current filter, for the export and the paging links. */
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
  public String getVerificationSummary() {
    if (verification == null) {
      return null;
    }
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    return verification.ok()
        ? MessageFormat.format(bundle.getString("audit.whole"), verification.entries())
        : MessageFormat.format(
            bundle.getString("audit.damaged"),
            verification.firstBadSequence(),
            bundle.getString("audit.damage." + verification.damage().label()));
  }

  public boolean isVerificationOk() {
    return verification != null && verification.ok();
  }

  public List<AccessLogEntry> getEntries() {
    return entries;
  }

  public Long getNext() {
    return next;
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

  public String getCursor() {
    return cursor;
  }

  public void setCursor(String cursor) {
    this.cursor = cursor;
  }

  public boolean isVerify() {
    return verify;
  }

  public void setVerify(boolean verify) {
    this.verify = verify;
  }
}
