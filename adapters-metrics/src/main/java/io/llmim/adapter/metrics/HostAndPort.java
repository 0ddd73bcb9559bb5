package io.llmim.adapter.metrics;

/** A {@code host:port} listen address such as {@code 0.0.0.0:9090} or {@code [::1]:9090}. */
public record HostAndPort(String host, int port) {

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
