package io.llmim.bootstrap;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.List;

/** The incident calls end-to-end tests make over real HTTP, against a service at {@code api}. */
final class Incidents {

    private Incidents() {
    }

    /** Reports a P1 incident through {@code POST /v1/incidents} and answers its id. */
    static String report(String api, String source, String title) {
        return new JsonObject(Http.postJson(api + "/v1/incidents", new JsonObject().put("source", source)
                .put("title", title).put("severity", "P1").encode()).body()).getString("id");
    }

    /** The details of the incident's HELD timeline entries, oldest first. */
    static List<String> heldEntries(String api, String incident) {
        JsonArray items = new JsonObject(Http.get(api + "/v1/incidents/" + incident + "/timeline").body())
                .getJsonArray("items");
        return items.stream().map(JsonObject.class::cast).filter(entry -> entry.getString("kind").equals("HELD"))
                .map(entry -> entry.getString("detail")).toList();
    }
}
