package io.llmim.adapter.http.console;

/** The sign-in form, with the reason the last token was refused. */
public record SignInView(Chrome chrome, String tokenError) {
}
