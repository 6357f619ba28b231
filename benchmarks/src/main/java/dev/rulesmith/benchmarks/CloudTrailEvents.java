package dev.rulesmith.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rulesmith.fixtures.event.Event;
import dev.rulesmith.fixtures.event.EventParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Synthetic AWS CloudTrail events as the AWS integration indexes them: nested objects, about twenty leaf fields and
 * arrays. Half match the seed rule (a security group change); the other half are near misses that differ from a match
 * in exactly one of the rule's four conditions, spread evenly over the four.
 */
final class CloudTrailEvents {

    static final List<String> CHANGES = List.of("AuthorizeSecurityGroupEgress", "CreateSecurityGroup",
            "ModifyInstanceAttribute", "ModifySecurityGroupRules", "RevokeSecurityGroupEgress",
            "RevokeSecurityGroupIngress");
    private static final List<String> OTHER_ACTIONS = List.of("DescribeSecurityGroups", "AuthorizeSecurityGroupIngress",
            "DescribeInstances", "RunInstances");
    private static final ObjectMapper JSON = new ObjectMapper();

    private CloudTrailEvents() {
    }

    /**
     * {@code count} events from a fixed seed; events at even positions match the rule. With {@code bulk}, every
     * document is built before the first event, as a loader of a large JSON array would: the events' lookup arrays
     * then lie together in memory; otherwise each event follows its own document.
     */
    static List<Event> generate(int count, long seed, boolean bulk) {
        Random random = new Random(seed);
        List<ObjectNode> documents = new ArrayList<>(bulk ? count : 1);
        List<Event> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ObjectNode document = event(random, i % 2 == 0 ? -1 : (i / 2) % 4);
            if (bulk) {
                documents.add(document);
            } else {
                events.add(event(document, i));
            }
        }
        for (int i = 0; i < documents.size(); i++) {
            events.add(event(documents.get(i), i));
        }
        return List.copyOf(events);
    }

    private static Event event(ObjectNode document, int i) {
        return EventParser.of(document, "e" + i, Optional.of("logs-aws.cloudtrail-default"));
    }

    /** @param miss which condition the event fails (0 dataset, 1 provider, 2 action, 3 outcome), or -1 for none */
    private static ObjectNode event(Random random, int miss) {
        ObjectNode root = JSON.createObjectNode();
        root.put("@timestamp", "2024-05-15T12:" + two(random.nextInt(60)) + ":" + two(random.nextInt(60)) + "Z");
        ObjectNode event = root.putObject("event");
        event.put("dataset", miss == 0 ? "aws.cloudwatch_logs" : "aws.cloudtrail");
        event.put("provider", miss == 1 ? "iam.amazonaws.com" : "ec2.amazonaws.com");
        event.put("action", miss == 2 ? pick(random, OTHER_ACTIONS) : pick(random, CHANGES));
        event.put("outcome", miss == 3 ? "failure" : "success");
        event.put("kind", "event");
        event.putArray("category").add("network").add("configuration");
        event.putArray("type").add("change");
        ObjectNode cloud = root.putObject("cloud");
        cloud.put("provider", "aws");
        cloud.put("region", pick(random, List.of("us-east-1", "eu-west-1", "ap-south-1")));
        cloud.putObject("account").put("id", String.valueOf(100_000_000_000L + random.nextInt(1_000_000)));
        ObjectNode user = root.putObject("user");
        user.put("name", "user-" + random.nextInt(500));
        user.put("id", "AIDA" + Long.toHexString(random.nextLong()).toUpperCase());
        ObjectNode source = root.putObject("source");
        source.put("ip", "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256));
        source.putObject("geo").put("country_iso_code", pick(random, List.of("US", "DE", "IN")));
        root.putObject("user_agent").put("original", "aws-cli/2." + random.nextInt(20) + " Python/3.11");
        ObjectNode cloudtrail = root.putObject("aws").putObject("cloudtrail");
        cloudtrail.put("event_version", "1.08");
        cloudtrail.put("request_parameters", "{groupId=sg-" + Integer.toHexString(random.nextInt()) + "}");
        cloudtrail.putObject("user_identity").put("type", "IAMUser");
        root.putObject("related").putArray("user").add(user.get("name").asText()).add("admin");
        root.putArray("tags").add("forwarded").add("preserve_original_event");
        return root;
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
