package io.llmim.adapter.http.console;

import org.webjars.WebJarVersionLocator;

/**
 * Where the pages find their scripts: the WebJars on the classpath, by the versions the build put
 * there, so upgrading a WebJar in the pom needs no template change.
 */
public record Assets(String htmx, String htmxSse) {

    static final Assets CURRENT = locate();

    private static Assets locate() {
        WebJarVersionLocator locator = new WebJarVersionLocator();
        return new Assets(webJar(locator, "htmx.org", "dist/htmx.min.js"), webJar(locator, "htmx-ext-sse", "sse.js"));
    }

    private static String webJar(WebJarVersionLocator locator, String webJar, String file) {
        String path = locator.path(webJar, file);
        if (path == null) {
            throw new IllegalStateException("the WebJar " + webJar + " with " + file + " is missing from the classpath");
        }
        return "/webjars/" + path;
    }
}
