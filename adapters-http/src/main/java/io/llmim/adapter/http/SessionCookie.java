package io.llmim.adapter.http;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/**
 * The console's session: after a sign-in with a configured token, the browser holds a cookie that
 * names only its expiry, signed with HMAC-SHA256. The token itself never leaves the sign-in request,
 * so it appears in no URL, cookie or log. The key is made at start (sessions end with the process)
 * unless configuration gives one (sessions survive restarts and are shared by instances).
 */
public final class SessionCookie {

    public static final String NAME = "llmim_session";
    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] key;
    private final Duration lifetime;
    private final Clock clock;

    public SessionCookie(byte[] key, Duration lifetime, Clock clock) {
        if (key.length < 32) {
            throw new IllegalArgumentException("a session key needs at least 32 bytes");
        }
        this.key = key.clone();
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** Sessions signed with a key of this process only. */
    public static SessionCookie withFreshKey(Duration lifetime) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new SessionCookie(key, lifetime, Clock.systemUTC());
    }

    /** A new session's cookie; {@code Secure} when the request came over TLS. */
    public Cookie issue(HttpServerRequest request) {
        long expiry = clock.instant().plus(lifetime).getEpochSecond();
        String value = expiry + "." + signature(expiry);
        return base(value, request).setMaxAge(lifetime.toSeconds());
    }

    /** The cookie that ends the session in the browser. */
    public Cookie cleared(HttpServerRequest request) {
        return base("", request).setMaxAge(0);
    }

    /** Whether the request carries an unexpired session this key signed. */
    public boolean validIn(HttpServerRequest request) {
        Cookie cookie = request.getCookie(NAME);
        if (cookie == null) {
            return false;
        }
        String value = cookie.getValue();
        int dot = value.indexOf('.');
        if (dot < 1) {
            return false;
        }
        long expiry;
        try {
            expiry = Long.parseLong(value.substring(0, dot));
        } catch (NumberFormatException e) {
            return false;
        }
        boolean signed = MessageDigest.isEqual(signature(expiry).getBytes(StandardCharsets.US_ASCII),
                value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
        return signed && clock.instant().getEpochSecond() < expiry;
    }

    private static Cookie base(String value, HttpServerRequest request) {
        return Cookie.cookie(NAME, value).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.STRICT)
                .setSecure(request.isSSL());
    }

    private String signature(long expiry) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            byte[] digest = mac.doFinal(("llmim-console-session|" + expiry).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java runtime", e);
        }
    }
}
