package io.llmim.adapter.metrics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The 35 families of the specification, as {@code metrics-contract.tsv} lists them. */
record MetricsContract(String family, String exposedName, String type, Set<String> labels, List<Double> buckets) {

    static List<MetricsContract> load() {
        try (InputStream in = MetricsContract.class.getResourceAsStream("/metrics-contract.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .map(row -> new MetricsContract(row[0], row[1], row[2],
                            row[3].equals("-") ? Set.of() : new TreeSet<>(Arrays.asList(row[3].split(","))),
                            row[4].equals("-") ? List.of()
                                    : Arrays.stream(row[4].split(",")).map(Double::valueOf).toList()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is wrong with this family in the exposition, or null when it is exactly as specified. */
    String violationIn(Exposition exposition, Set<String> globalLabels) {
        String exposedType = exposition.typeOf(exposedName);
        if (exposedType == null) {
            return "missing";
        }
        if (!exposedType.equals(type)) {
            return "exposed as " + exposedType;
        }
        if (exposition.helpOf(exposedName) == null || exposition.helpOf(exposedName).isBlank()) {
            return "no HELP";
        }
        List<Exposition.Sample> series = exposition.series(type.equals("histogram") ? exposedName + "_bucket" : exposedName);
        if (series.isEmpty()) {
            return "no samples";
        }
        for (Exposition.Sample sample : series) {
            Set<String> names = new TreeSet<>(sample.labels().keySet());
            names.remove("le");
            names.removeAll(globalLabels);
            if (!names.equals(labels)) {
                return "labels " + names + " instead of " + labels;
            }
        }
        if (type.equals("histogram")) {
            var bySeries = series.stream().collect(Collectors.groupingBy(
                    s -> s.labels().entrySet().stream().filter(e -> !e.getKey().equals("le")).collect(Collectors.toSet()),
                    Collectors.mapping(s -> s.labels().get("le"), Collectors.toList())));
            for (List<String> les : bySeries.values()) {
                List<Double> finite = les.stream().filter(le -> !le.equals("+Inf")).map(Double::valueOf).sorted().toList();
                if (!finite.equals(buckets) || !les.contains("+Inf")) {
                    return "buckets " + les + " instead of " + buckets;
                }
            }
        }
        return null;
    }
}
