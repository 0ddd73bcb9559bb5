package io.llmim.adapter.http.maintenance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmim.domain.LabelMatcher;
import io.llmim.domain.maintenance.CalendarRange;
import io.llmim.domain.maintenance.MaintenanceWindow;
import io.llmim.domain.maintenance.TimeInterval;
import io.llmim.domain.maintenance.TimeOfDayRange;

import java.time.Instant;
import java.util.List;

/** The wire form of maintenance windows: what clients send, plus id, times and whether it is active now. */
final class MaintenanceWindowJson {

    private final ObjectMapper json;

    MaintenanceWindowJson(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode window(MaintenanceWindow window, Instant now) {
        ObjectNode node = json.createObjectNode().put("id", window.id()).put("name", window.name());
        ArrayNode matchers = node.putArray("matchers");
        window.matchers().stream().map(LabelMatcher::toString).forEach(matchers::add);
        ArrayNode intervals = node.putArray("time_intervals");
        window.timeIntervals().forEach(interval -> interval(intervals.addObject(), interval));
        return node.put("created_by", window.createdBy())
                .put("comment", window.comment())
                .put("created_at", window.createdAt().toString())
                .put("updated_at", window.updatedAt().toString())
                .put("active", window.activeAt(now));
    }

    ObjectNode list(List<MaintenanceWindow> windows, Instant now) {
        ObjectNode node = json.createObjectNode();
        ArrayNode items = node.putArray("items");
        windows.forEach(window -> items.add(window(window, now)));
        return node;
    }

    private static void interval(ObjectNode node, TimeInterval interval) {
        ArrayNode times = node.putArray("times");
        for (TimeOfDayRange range : interval.times()) {
            times.addObject().put("start_time", range.startTime()).put("end_time", range.endTime());
        }
        ranges(node.putArray("weekdays"), interval.weekdays());
        ranges(node.putArray("days_of_month"), interval.daysOfMonth());
        ranges(node.putArray("months"), interval.months());
        ranges(node.putArray("years"), interval.years());
        node.put("location", interval.location().getId());
    }

    private static void ranges(ArrayNode array, List<CalendarRange> ranges) {
        ranges.stream().map(CalendarRange::text).forEach(array::add);
    }
}
