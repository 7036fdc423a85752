package com.srm.mentoring.session.web;

import com.srm.mentoring.pairing.boundary.Adjustments;
import com.srm.mentoring.pairing.entity.Adjustment;
import com.srm.mentoring.pairing.web.ProgramFaces;
import com.srm.mentoring.platform.web.SealedTexts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * HR's part of a pairing's page: the program adjustments asked for on it, never the concern behind
 * them, and carrying one out.
 */
@Named
@ViewScoped
public class PairingAdjustments implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A program adjustment asked for on the pairing, as HR sees it. */
  public record AdjustmentRow(
      String id,
      String kind,
      String reason,
      String requestedAt,
      boolean done,
      String doneAt,
      String doneNote,
      long version)
      implements Serializable {}

  @Inject Adjustments adjustments;

  @Inject PairingPage page;

  private final Map<String, String> doneNotes = new HashMap<>();

  public List<AdjustmentRow> getRows() {
    return page.adjustments();
  }

  /** The adjustments as HR reads them, their texts in the reader's language. */
  static List<AdjustmentRow> rows(FacesContext faces, List<Adjustment> adjustments) {
    return adjustments.stream()
        .map(
            a ->
                new AdjustmentRow(
                    a.getId().toString(),
                    a.getKind().name(),
                    SealedTexts.shown(faces, a.getReason()),
                    ProgramFaces.utc(a.getRequestedAt()),
                    a.isDone(),
                    ProgramFaces.utc(a.getDoneAt()),
                    SealedTexts.shown(faces, a.getDoneNote()),
                    a.getVersion()))
        .toList();
  }

  /** HR carried out the adjustment: a re-pair ends the pairing; the concern behind it moves on. */
  public String carryOut(AdjustmentRow row) {
    return page.act(
        () ->
            adjustments.carryOut(
                page.uuid(), UUID.fromString(row.id()), doneNotes.get(row.id()), row.version()),
        "pairingadj.saved");
  }

  /** HR's notes of what was agreed, by adjustment id. */
  public Map<String, String> getDoneNotes() {
    return doneNotes;
  }
}
