package dev.rulesmith.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rulesmith.fixtures.event.Event;
import dev.rulesmith.fixtures.event.EventParser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Synthetic endpoint events in ECS, as an Elastic Defend or Sysmon integration indexes them: a mix of process (40%),
 * network (25%), file (25%) and registry (10%) events by {@code event.category}, each of one of a fixed number of
 * process entities ({@code process.entity_id}, each with its own executable), with {@code @timestamp} increasing by
 * 0 to 99 ms from one event to the next and 16 to 18 leaf fields per event. About one process in twenty is
 * {@code cmd.exe}.
 */
final class EcsEvents {

    /** The field types of the generated fields, as the ECS mapping gives them. */
    static final Map<String, String> TYPES = Map.ofEntries(Map.entry("@timestamp", "date"),
            Map.entry("process.pid", "long"), Map.entry("process.parent.pid", "long"),
            Map.entry("destination.port", "long"), Map.entry("source.port", "long"), Map.entry("file.size", "long"),
            Map.entry("source.ip", "ip"), Map.entry("destination.ip", "ip"));

    private static final List<String> PROCESSES = List.of("cmd.exe", "powershell.exe", "explorer.exe", "svchost.exe",
            "chrome.exe", "msedge.exe", "firefox.exe", "outlook.exe", "winword.exe", "excel.exe", "teams.exe",
            "rundll32.exe", "regsvr32.exe", "mshta.exe", "wscript.exe", "cscript.exe", "conhost.exe", "lsass.exe",
            "services.exe", "taskhostw.exe", "searchindexer.exe", "onedrive.exe", "slack.exe", "code.exe",
            "notepad.exe");
    private static final List<String> ACTIONS = List.of("start", "end", "exec");
    private static final List<String> USERS = List.of("alice", "bob", "carol", "dave", "SYSTEM", "svc_backup");
    private static final Instant START = Instant.parse("2024-05-15T00:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private EcsEvents() {
    }

    /**
     * {@code count} events over {@code entities} process entities, from a fixed seed, in timestamp order. Every
     * document is built before the first event, as a loader of one large JSON array would: the events' lookup arrays
     * then lie together in memory (see the KQL benchmark's {@code bulkLoaded}).
     */
    static List<Event> generate(int count, int entities, long seed) {
        Random random = new Random(seed);
        String[] executables = new String[entities];
        for (int e = 0; e < entities; e++) {
            executables[e] = random.nextInt(20) == 0 ? "cmd.exe" : PROCESSES.get(1 + random.nextInt(PROCESSES.size() - 1));
        }
        List<ObjectNode> documents = new ArrayList<>(count);
        long millis = START.toEpochMilli();
        for (int i = 0; i < count; i++) {
            millis += random.nextInt(100);
            int entity = random.nextInt(entities);
            documents.add(document(random, Instant.ofEpochMilli(millis), entity, executables[entity]));
        }
        List<Event> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            events.add(EventParser.of(documents.get(i), "e" + i, Optional.of("logs-endpoint.events-default")));
        }
        return List.copyOf(events);
    }

    private static ObjectNode document(Random random, Instant time, int entity, String executable) {
        ObjectNode root = JSON.createObjectNode();
        root.put("@timestamp", time.toString());
        root.putObject("agent").put("id", "agent-" + entity % 50);
        root.putObject("host").put("name", "host-" + entity % 50).put("os.family", "windows");
        root.putObject("user").put("name", USERS.get(entity % USERS.size()));
        ObjectNode process = root.putObject("process");
        process.put("entity_id", "{" + Integer.toHexString(0x10000 + entity) + "-4b1d-8e2f}");
        process.put("pid", 1000 + entity);
        process.put("name", executable);
        process.put("executable", "C:\\Windows\\System32\\" + executable);
        int roll = random.nextInt(20);
        String category = roll < 8 ? "process" : roll < 13 ? "network" : roll < 18 ? "file" : "registry";
        ObjectNode event = root.putObject("event");
        event.put("kind", "event");
        event.putArray("category").add(category);
        switch (category) {
            case "process" -> process(random, event, process);
            case "network" -> network(random, event, root);
            case "file" -> file(random, event, root, entity);
            default -> registry(random, event, root);
        }
        return root;
    }

    private static void process(Random random, ObjectNode event, ObjectNode process) {
        event.put("action", ACTIONS.get(random.nextInt(ACTIONS.size())));
        event.putArray("type").add("start");
        process.put("command_line", process.get("executable").asText() + " /c task" + random.nextInt(1000));
        ObjectNode parent = process.putObject("parent");
        parent.put("name", random.nextBoolean() ? "explorer.exe" : "services.exe");
        parent.put("pid", 500 + random.nextInt(500));
    }

    private static void network(Random random, ObjectNode event, ObjectNode root) {
        event.put("action", "connection_attempted");
        event.putArray("type").add("connection").add("start");
        root.putObject("source").put("ip", "10.0." + random.nextInt(256) + "." + random.nextInt(256))
                .put("port", 49152 + random.nextInt(16384));
        root.putObject("destination").put("ip", "203.0.113." + random.nextInt(256))
                .put("port", random.nextBoolean() ? 443 : 80);
        root.putObject("network").put("transport", "tcp");
    }

    private static void file(Random random, ObjectNode event, ObjectNode root, int entity) {
        event.put("action", random.nextBoolean() ? "creation" : "modification");
        event.putArray("type").add("change");
        String name = "report-" + random.nextInt(10_000) + ".docx";
        root.putObject("file").put("name", name).put("path", "C:\\Users\\u" + entity % 100 + "\\" + name)
                .put("extension", "docx").put("size", random.nextInt(1 << 20));
    }

    private static void registry(Random random, ObjectNode event, ObjectNode root) {
        event.put("action", "modification");
        event.putArray("type").add("change");
        ObjectNode registry = root.putObject("registry");
        registry.put("hive", "HKLM");
        registry.put("path", "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run\\item" + random.nextInt(100));
        registry.put("value", "item" + random.nextInt(100));
    }
}
