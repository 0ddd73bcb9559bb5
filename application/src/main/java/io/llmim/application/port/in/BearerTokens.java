package io.llmim.application.port.in;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;

/**
 * The bearer tokens every driving adapter accepts (REST's {@code Authorization} header, gRPC's
 * {@code authorization} metadata): one rule, so that one token works for every protocol. Empty:
 * the API is open.
 */
public final class BearerTokens {

    private static final String PREFIX = "Bearer ";

    private final List<byte[]> tokens;

    public BearerTokens(Set<String> tokens) {
        this.tokens = tokens.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** Whether {@code authorization} (the header's value, or null when absent) is {@code Bearer <a configured token>}. */
    public boolean admit(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
                && accepted(authorization.substring(PREFIX.length()).strip().getBytes(StandardCharsets.UTF_8));
    }

    /** Whether {@code token} itself (no {@code Bearer} prefix) is one of the configured tokens: the console's sign-in. */
    public boolean accepts(String token) {
        return token != null && accepted(token.strip().getBytes(StandardCharsets.UTF_8));
    }

    // Constant-time per token, and every token is compared, so timing reveals nothing about which matched.
    private boolean accepted(byte[] presented) {
        boolean match = false;
        for (byte[] token : tokens) {
            match |= MessageDigest.isEqual(token, presented);
        }
        return match;
    }
}
