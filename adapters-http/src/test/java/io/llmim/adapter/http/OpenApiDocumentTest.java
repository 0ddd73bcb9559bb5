package io.llmim.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document and the router describe exactly the same operations. */
class OpenApiDocumentTest {

    @Test
    void every_routed_operation_is_documented_and_every_documented_one_is_routed() throws Exception {
        try (ApiServer api = ApiServer.open(new RecordingHttpMetrics())) {
            JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(api.get("/openapi.yaml").body());

            Set<String> documented = new HashSet<>();
            document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
                    method -> {
                        if (!method.equals("parameters")) {
                            documented.add(method.toUpperCase(Locale.ROOT) + " "
                                    + path.getKey().replaceAll("\\{([^}]+)}", ":$1"));
                        }
                    }));
            Set<String> routed = new HashSet<>();
            for (Route route : routerOf(api).getRoutes()) {
                if (route.getPath() != null && route.methods() != null) {
                    // HEAD is GET without the body (RFC 9110); OpenAPI leaves it implied.
                    route.methods().stream().filter(method -> method != HttpMethod.HEAD)
                            .forEach(method -> routed.add(method.name() + " " + route.getPath()));
                }
            }

            assertThat(routed).isNotEmpty().isEqualTo(documented);
        }
    }

    private static io.vertx.ext.web.Router routerOf(ApiServer api) throws Exception {
        var field = ApiServer.class.getDeclaredField("api");
        field.setAccessible(true);
        return ((IncidentApi) field.get(api)).router();
    }
}
