package com.srm.mentoring.testsupport;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;

/** Signs the charter in force over REST, as a participant does before taking part. */
public final class CharterSigning {

  private CharterSigning() {}

  /** Reads the charter in force and signs it with the token's person; answers the version. */
  public static int signCurrent(Api api, String token) throws Exception {
    JsonObject current = Api.json(api.get("charter/current", token)).asJsonObject();
    int version = current.getInt("version");
    HttpResponse<String> signed =
        api.post(
            "charter/signatures",
            token,
            "{\"version\": %d, \"hash\": \"%s\"}".formatted(version, current.getString("hash")));
    if (signed.statusCode() != 200 && signed.statusCode() != 201) {
      throw new IllegalStateException("could not sign the charter: " + signed.body());
    }
    return version;
  }
}
