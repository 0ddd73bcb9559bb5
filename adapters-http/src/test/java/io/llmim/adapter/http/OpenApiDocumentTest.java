package io.llmim.adapter.http;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The served OpenAPI document is valid OpenAPI 3.0 by a maintained parser, describes exactly the
 * routed operations, and its examples are what the API accepts and answers.
 */
class OpenApiDocumentTest {

    private static final String SOME_ID = "0190f1c2-7d4e-7a3b-9c1d-2e3f4a5b6c7d";

    @AutoClose
    final ApiServer api = ApiServer.open();

    private SwaggerParseResult parsedServedDocument() {
        ParseOptions options = new ParseOptions();
        options.setResolveFully(true);
        return new OpenAPIV3Parser().readContents(api.get("/openapi.yaml").body(), null, options);
    }

    private OpenAPI servedDocument() {
        return parsedServedDocument().getOpenAPI();
    }

    private static void forEachOperation(OpenAPI document, TriConsumer<HttpMethod, String, Operation> action) {
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                action.accept(HttpMethod.valueOf(method.name()), path, operation)));
    }

    @Test
    void the_served_document_is_valid_openapi_without_errors_or_warnings() {
        SwaggerParseResult result = parsedServedDocument();

        assertThat(result.getMessages()).as("errors and warnings of swagger-parser").isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.0.");
    }

    @Test
    void every_routed_operation_is_documented_and_every_documented_one_is_routed() {
        Set<String> documented = new HashSet<>();
        forEachOperation(servedDocument(), (method, path, operation) ->
                documented.add(method.name() + " " + path.replaceAll("\\{([^}]+)}", ":$1")));

        Set<String> routed = new HashSet<>();
        for (Route route : api.router().getRoutes()) {
            // The console's pages are for browsers, not an API operation (IncidentApi.RouteMounter#page).
            boolean page = Boolean.TRUE.equals(route.getMetadata(IncidentApi.RouteMounter.PAGE));
            if (route.getPath() != null && route.methods() != null && !page) {
                // HEAD is GET without the body (RFC 9110); OpenAPI leaves it implied.
                route.methods().stream().filter(method -> method != HttpMethod.HEAD)
                        .forEach(method -> routed.add(method.name() + " " + route.getPath()));
            }
        }

        assertThat(routed).isNotEmpty().isEqualTo(documented);
    }

    @Test
    void every_operation_has_an_id_a_tag_and_a_description_of_each_response() {
        forEachOperation(servedDocument(), (method, path, operation) -> {
            assertThat(operation.getOperationId()).as(method + " " + path).isNotBlank();
            assertThat(operation.getTags()).as(method + " " + path).hasSize(1);
            operation.getResponses().forEach((status, response) ->
                    assertThat(response.getDescription()).as(method + " " + path + " " + status).isNotBlank());
        });
    }

    @Test
    void every_error_an_operation_declares_has_an_example() {
        forEachOperation(servedDocument(), (method, path, operation) -> operation.getResponses().forEach(
                (status, response) -> {
                    if (Integer.parseInt(status) >= 400) {
                        response.getContent().forEach((mediaType, media) -> assertThat(media.getExample())
                                .as(method + " " + path + " " + status + " " + mediaType).isNotNull());
                    }
                }));
    }

    @Test
    void every_response_example_is_a_response_the_contract_allows() {
        forEachOperation(servedDocument(), (method, path, operation) -> operation.getResponses().forEach(
                (status, response) -> examples(response.getContent(), (mediaType, example) -> {
                    ApiServer.Reply reply = new ApiServer.Reply(Integer.parseInt(status),
                            MultiMap.caseInsensitiveMultiMap().add("Content-Type", mediaType), example);
                    assertThatCode(() -> ApiContract.check(method, concrete(path), reply))
                            .as(method + " " + path + " " + status + " example").doesNotThrowAnyException();
                })));
    }

    @Test
    void every_request_body_has_an_example_the_contract_accepts() {
        forEachOperation(servedDocument(), (method, path, operation) -> {
            if (operation.getRequestBody() != null) {
                Set<String> examples = new HashSet<>();
                examples(operation.getRequestBody().getContent(), (mediaType, example) -> {
                    examples.add(example);
                    assertThat(ApiContract.requestErrors(method, concrete(path), mediaType, example))
                            .as(method + " " + path + " example").isEmpty();
                });
                assertThat(examples).as(method + " " + path + " has a request example").isNotEmpty();
            }
        });
    }

    private static void examples(io.swagger.v3.oas.models.media.Content content, BiConsumer<String, String> action) {
        if (content != null) {
            content.forEach((mediaType, media) -> {
                if (media.getExample() != null) {
                    action.accept(mediaType, json(media.getExample()));
                }
            });
        }
    }

    private static String json(Object example) {
        try {
            return Json.mapper().writeValueAsString(example);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String concrete(String template) {
        return template.replace("{id}", SOME_ID);
    }

    @FunctionalInterface
    private interface TriConsumer<A, B, C> {
        void accept(A a, B b, C c);
    }
}
