package com.srm.mentoring.session.web;

import com.srm.mentoring.platform.web.SealedTexts;
import com.srm.mentoring.session.boundary.Notes;
import com.srm.mentoring.session.entity.Framework;
import com.srm.mentoring.session.entity.NoteDetail;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The notes part of a pairing's page: the notes the reader may see, and the form to write one. */
@Named
@ViewScoped
public class PairingNotes implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A part of a note, by its name in the bundle. */
  public record Part(String name, String text) implements Serializable {}

  /** A feedback note the reader may see, and whether they may share it or take it back. */
  public record NoteRow(
      String id,
      String author,
      String framework,
      List<Part> parts,
      boolean shared,
      boolean mayShare,
      boolean mayUnshare)
      implements Serializable {}

  @Inject Notes notes;

  @Inject FacesContext faces;

  @Inject PairingPage page;

  private String framework = Framework.SBI.name();
  private final Map<String, String> parts = new HashMap<>();

  public List<NoteRow> getRows() {
    return page.notes().stream().map(this::row).toList();
  }

  private NoteRow row(NoteDetail n) {
    List<Part> named =
        n.parts().entrySet().stream()
            .map(e -> new Part(e.getKey(), SealedTexts.shown(faces, e.getValue())))
            .toList();
    return new NoteRow(
        n.id().toString(),
        n.author().displayName(),
        n.framework().name(),
        named,
        n.shared(),
        n.mayShare(),
        n.mayUnshare());
  }

  public String writeNote() {
    return page.act(
        () -> notes.write(page.uuid(), Framework.valueOf(framework), new HashMap<>(parts)),
        "pairing.noteWritten");
  }

  public String share(String noteId) {
    return page.act(() -> notes.share(UUID.fromString(noteId)), "pairing.noteShared");
  }

  public String unshare(String noteId) {
    return page.act(() -> notes.unshare(UUID.fromString(noteId)), "pairing.noteUnshared");
  }

  /** The parts of the chosen framework, in order, for the note form. */
  public List<String> getFrameworkParts() {
    return Framework.valueOf(framework).parts();
  }

  public List<String> getFrameworks() {
    return List.of(Framework.SBI.name(), Framework.DESC.name());
  }

  public String getFramework() {
    return framework;
  }

  public void setFramework(String framework) {
    this.framework = framework;
  }

  public Map<String, String> getParts() {
    return parts;
  }
}
