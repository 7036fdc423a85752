package com.srm.mentoring.platform.entity;

import java.util.Locale;
import java.util.Optional;

/**
 * What was done to a protected record, as the access log names it; a refusal names what the caller
 * tried to do.
 */
public enum Action {
  READ,
  EXPORT,
  VERIFY,
  CREATE,
  UPDATE,
  DELETE,
  SIGN,
  WITHDRAW,
  /** HR gave a person a role. */
  APPOINT,
  /** HR took a role from a person. */
  REVOKE,
  /** The application's people were made to follow the directory. */
  SYNC,
  /** A person disabled in, or gone from, the directory lost access. */
  DEACTIVATE,
  /** A contact lifted a concern's legal hold: its content may be erased again. */
  LIFT_HOLD;

  /**
   * Whether the action changes data: it is then logged in the change's own transaction, so that the
   * entry and the change are written together or not at all.
   */
  public boolean changesData() {
    return switch (this) {
      case READ, EXPORT, VERIFY -> false;
      default -> true;
    };
  }

  /** The name the log stores and shows. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The action of the given name, as the log stores it, or empty for a name it does not know. */
  public static Optional<Action> ofLabel(String label) {
    for (Action action : values()) {
      if (action.label().equals(label)) {
        return Optional.of(action);
      }
    }
    return Optional.empty();
  }
}
