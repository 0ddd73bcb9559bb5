package io.llmim.adapter.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A parsed Prometheus text exposition: TYPE and HELP per family, and every sample with its labels. */
record Exposition(Map<String, String> types, Map<String, String> helps, Map<String, List<Sample>> samples) {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})?\\s+(\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    record Sample(Map<String, String> labels, double value) {
    }

    static Exposition parse(String text) {
        Map<String, String> types = new HashMap<>();
        Map<String, String> helps = new HashMap<>();
        Map<String, List<Sample>> samples = new HashMap<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("# TYPE ")) {
                String[] parts = line.split("\\s+");
                types.put(parts[2], parts[3]);
            } else if (line.startsWith("# HELP ")) {
                String[] parts = line.split("\\s+", 4);
                helps.put(parts[2], parts.length > 3 ? parts[3] : "");
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                Matcher m = SAMPLE.matcher(line);
                if (m.find()) {
                    Map<String, String> labels = new LinkedHashMap<>();
                    if (m.group(3) != null) {
                        Matcher l = LABEL.matcher(m.group(3));
                        while (l.find()) {
                            labels.put(l.group(1), l.group(2));
                        }
                    }
                    samples.computeIfAbsent(m.group(1), k -> new ArrayList<>())
                            .add(new Sample(labels, Double.parseDouble(m.group(4).replace("+Inf", "Infinity"))));
                }
            }
        }
        return new Exposition(types, helps, samples);
    }

    /** The family's TYPE, whether the client named the counter family with or without {@code _total}. */
    String typeOf(String exposedName) {
        String type = types.get(exposedName);
        if (type == null && exposedName.endsWith("_total")) {
            type = types.get(exposedName.substring(0, exposedName.length() - "_total".length()));
        }
        return type;
    }

    String helpOf(String exposedName) {
        String help = helps.get(exposedName);
        if (help == null && exposedName.endsWith("_total")) {
            help = helps.get(exposedName.substring(0, exposedName.length() - "_total".length()));
        }
        return help;
    }

    List<Sample> series(String name) {
        return samples.getOrDefault(name, List.of());
    }

    /** The value of the one sample of {@code name} with exactly these labels (others ignored: le). */
    double value(String name, Map<String, String> labels) {
        return series(name).stream()
                .filter(s -> s.labels().entrySet().containsAll(labels.entrySet()))
                .mapToDouble(Sample::value)
                .sum();
    }
}
