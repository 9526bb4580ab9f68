package uk.earlyhelp.portal.integrator.kafka;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from its start as an integrator would, with the CloudEvents SDK's Kafka deserializer, until each
 * awaited key holds the awaited event ids (or the time is up), and keeps every record it saw for those keys,
 * repeats included, in the order of their partition.
 */
final class TopicReader {

    private TopicReader() {
    }

    static Map<String, List<ConsumerRecord<String, CloudEvent>>> read(String bootstrapServers, String topic,
                                                                    Map<String, List<String>> awaited,
                                                                    Duration timeout) {
        Map<String, List<ConsumerRecord<String, CloudEvent>>> byKey = new HashMap<>();
        awaited.keySet().forEach(key -> byKey.put(key, new ArrayList<>()));
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, CloudEventDeserializer.class.getName()))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!complete(byKey, awaited) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, CloudEvent> record : consumer.poll(Duration.ofMillis(500))) {
                    if (byKey.containsKey(record.key())) {
                        byKey.get(record.key()).add(record);
                    }
                }
            }
        }
        return byKey;
    }

    /** The ids of a key's records in the order they first arrived (a repeat of an earlier record left out). */
    static List<String> firstArrivals(List<ConsumerRecord<String, CloudEvent>> records) {
        Set<String> ids = new LinkedHashSet<>();
        records.forEach(record -> ids.add(record.value().getId()));
        return List.copyOf(ids);
    }

    static int repeats(Map<String, List<ConsumerRecord<String, CloudEvent>>> byKey) {
        return byKey.values().stream().mapToInt(records -> records.size() - firstArrivals(records).size()).sum();
    }

    private static boolean complete(Map<String, List<ConsumerRecord<String, CloudEvent>>> byKey,
                                    Map<String, List<String>> awaited) {
        return awaited.entrySet().stream().allMatch(entry -> Set.copyOf(firstArrivals(byKey.get(entry.getKey())))
                .containsAll(entry.getValue()));
    }
}
