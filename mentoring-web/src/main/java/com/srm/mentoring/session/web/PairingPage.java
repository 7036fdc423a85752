package com.srm.mentoring.session.web;

import com.srm.mentoring.pairing.entity.PairingDetail;
import com.srm.mentoring.pairing.web.PairingRow;
import com.srm.mentoring.pairing.web.ProgramFaces;
import com.srm.mentoring.platform.web.Refusals;
import com.srm.mentoring.session.boundary.PairingOverviews;
import com.srm.mentoring.session.entity.NoteDetail;
import com.srm.mentoring.session.entity.PairingOverview;
import com.srm.mentoring.session.entity.SessionDetail;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A pairing's page, for its mentor, mentee and facilitator, and HR: the people, the senior's "I
 * will learn" objective, the sessions, and the feedback notes the reader may see. Anyone else gets
 * the not-found page. The page reads everything in one call ({@link PairingOverviews}); what the
 * reader may do comes with it. Its sections have beans of their own: {@link PairingObjective},
 * {@link PairingRating}, {@link PairingSessions}, {@link PairingNotes}, {@link PairingAdjustments}
 * and {@link PairingActions}. They stand in the session feature, not in pairing: the page shows the
 * pairing's sessions and notes, which the pairing feature does not know.
 */
@Named
@ViewScoped
public class PairingPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PairingOverviews overviews;

  @Inject FacesContext faces;

  private String id;
  private PairingDetail detail;
  private PairingRow pairing;
  private List<SessionDetail> sessions = List.of();
  private List<NoteDetail> notes = List.of();
  private List<PairingAdjustments.AdjustmentRow> adjustments = List.of();

  public void load() {
    Optional<UUID> pairingId = ProgramFaces.id(id);
    if (pairingId.isEmpty()) {
      Refusals.notFound(faces);
      return;
    }
    try {
      PairingOverview overview = overviews.of(pairingId.get());
      detail = overview.pairing();
      pairing = PairingRow.of(detail);
      sessions = overview.sessions();
      notes = overview.notes();
      adjustments = PairingAdjustments.rows(faces, overview.adjustments());
    } catch (RuntimeException e) {
      if (!Refusals.shown(faces, e)) {
        throw e;
      }
    }
  }

  /**
   * Carries out a change of a section, says so and shows the page afresh; a refusal stays on the
   * page as a message.
   */
  String act(Supplier<Object> change, String key) {
    try {
      change.get();
      ProgramFaces.say(faces, key);
      return "/program/pairing?faces-redirect=true&id=" + id;
    } catch (RuntimeException e) {
      if (Refusals.shown(faces, e)) {
        return null;
      }
      throw e;
    }
  }

  UUID uuid() {
    return UUID.fromString(id);
  }

  List<SessionDetail> sessions() {
    return sessions;
  }

  List<NoteDetail> notes() {
    return notes;
  }

  List<PairingAdjustments.AdjustmentRow> adjustments() {
    return adjustments;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public PairingRow getPairing() {
    return pairing;
  }

  /** The pairing with what the reader may do in it, as the boundary computed it. */
  public PairingDetail getDetail() {
    return detail;
  }
}
