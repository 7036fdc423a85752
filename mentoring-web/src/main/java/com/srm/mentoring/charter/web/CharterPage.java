package com.srm.mentoring.charter.web;

import com.srm.mentoring.charter.boundary.Charters;
import com.srm.mentoring.charter.entity.CharterStatus;
import com.srm.mentoring.charter.entity.CharterVersion;
import com.srm.mentoring.charter.entity.Signature;
import com.srm.mentoring.identity.web.SignedIn;
import com.srm.mentoring.platform.entity.Refusal;
import com.srm.mentoring.platform.web.Refusals;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;

/**
 * The charter page: the version in force on one page, the person's standing, and the one action
 * that signs it. The form carries the version and hash of the text shown, so that a version
 * published while the page was open is not signed unread.
 */
@Named("charterPage")
@RequestScoped
public class CharterPage {

  @Inject Charters charters;

  @Inject FacesContext faces;

  private CharterVersion charter;
  private CharterStatus status;
  private int shownVersion;
  private String shownHash;

  /**
   * Loads on every request, a postback too: the sign form is only processed while it is rendered,
   * and whether it is depends on the person's standing. The posted version and hash replace the
   * ones set here.
   */
  @PostConstruct
  void load() {
    charter = charters.current();
    status = charters.myStatus();
    shownVersion = charter.getVersion();
    shownHash = charter.getHash();
  }

  public String sign() {
    try {
      Signature signature =
          charters.sign(shownVersion, shownHash, authenticatedAt(), userAgent()).signature();
      Messages.say(
          faces,
          FacesMessage.SEVERITY_INFO,
          "charter.signedNow",
          signature.getVersion(),
          Messages.utc(signature.getSignedAt()));
    } catch (Refusal refused) {
      Refusals.show(faces, refused);
      faces.getExternalContext().getFlash().setKeepMessages(true);
    }
    return "/charter?faces-redirect=true";
  }

  private Instant authenticatedAt() {
    return faces.getExternalContext().getSessionMap().get(SignedIn.ATTRIBUTE) instanceof SignedIn s
        ? s.authenticatedAt()
        : null;
  }

  private String userAgent() {
    return ((HttpServletRequest) faces.getExternalContext().getRequest()).getHeader("User-Agent");
  }

  public CharterVersion getCharter() {
    return charter;
  }

  public CharterStatus getStatus() {
    return status;
  }

  /** Whether the sign button shows: the version in force is unsigned, or the person withdrew. */
  public boolean isSignable() {
    return !status.mayTakePart();
  }

  public String getSignedAt() {
    return Messages.utc(status.signedAt());
  }

  public int getShownVersion() {
    return shownVersion;
  }

  public void setShownVersion(int shownVersion) {
    this.shownVersion = shownVersion;
  }

  public String getShownHash() {
    return shownHash;
  }

  public void setShownHash(String shownHash) {
    this.shownHash = shownHash;
  }
}
