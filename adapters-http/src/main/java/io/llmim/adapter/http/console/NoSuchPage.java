package io.llmim.adapter.http.console;

/** A console path that names nothing (an id that is no incident id, an unknown move): a 404 page. */
final class NoSuchPage extends RuntimeException {

    NoSuchPage(String detail) {
        super(detail, null, false, false);
    }
}
