package com.srm.mentoring.charter.web;

import com.srm.mentoring.charter.boundary.Charters;
import com.srm.mentoring.charter.entity.Withdrawal;
import com.srm.mentoring.platform.entity.Refusal;
import com.srm.mentoring.platform.web.Refusals;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Leaving the program: an optional reason and one confirmation. */
@Named
@RequestScoped
public class CharterWithdraw {

  @Inject Charters charters;

  @Inject FacesContext faces;

  private String reason;

  public String withdraw() {
    try {
      Withdrawal withdrawal = charters.withdraw(reason);
      Messages.say(
          faces,
          FacesMessage.SEVERITY_INFO,
          "withdraw.done",
          Messages.utc(withdrawal.getWithdrawnAt()));
      return "/charter?faces-redirect=true";
    } catch (Refusal refused) {
      Refusals.show(faces, refused);
      return null;
    }
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
