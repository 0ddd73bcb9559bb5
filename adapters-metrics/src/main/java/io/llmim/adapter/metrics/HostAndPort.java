package io.llmim.adapter.metrics;

import io.llmim.application.settings.InvalidSettingException;

/** A {@code host:port} listen address such as {@code 0.0.0.0:9090} or {@code [::1]:9090}. */
public record HostAndPort(String host, int port) {

    /** {@code address}, refused with an {@link InvalidSettingException} naming {@code key} unless it parses. */
    public static String require(String key, String address) {
        try {
            parse(address);
            return address;
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(key, e.getMessage());
        }
    }

    public static HostAndPort parse(String address) {
        int colon = address == null ? -1 : address.lastIndexOf(':');
        if (colon <= 0 || colon == address.length() - 1) {
            throw new IllegalArgumentException("'" + address + "' is not host:port");
        }
        String host = address.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(address.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + address + "' has no numeric port");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("'" + address + "' has a port outside 0..65535");
        }
        return new HostAndPort(host, port);
    }
}
