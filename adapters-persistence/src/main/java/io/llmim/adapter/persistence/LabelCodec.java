package io.llmim.adapter.persistence;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Labels as one form-encoded text column ({@code region=eu-west-1&service=chat}): labels are
 * always read with their incident and never queried, so a side table would only cost a join.
 */
final class LabelCodec {

    private LabelCodec() {
    }

    static String encode(Map<String, String> labels) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> label : new TreeMap<>(labels).entrySet()) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(URLEncoder.encode(label.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(label.getValue(), StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    static Map<String, String> decode(String encoded) {
        Map<String, String> labels = new TreeMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return labels;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            labels.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return labels;
    }
}
