/**
 * Driving adapter: the web console, HTML pages for people on call, served by the API server from
 * the jar (templates precompiled by jte, browser libraries from WebJars). Pages call inbound ports
 * only, like the API.
 */
package io.llmim.adapter.http.console;
