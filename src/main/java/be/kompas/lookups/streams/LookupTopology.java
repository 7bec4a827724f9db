package be.kompas.lookups.streams;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

import be.kompas.lookups.engine.DetectionSettings;

/**
 * The engine as a Kafka Streams topology.
 * <p>
 * Look-ups arrive on {@value #EVENTS}, keyed by officer, one {@code events.csv} row per record (no header, columns in
 * the order of the exchange format); each context file has its own compacted topic, read into a global store on
 * every instance. Alerts go to {@value #ALERTS}, keyed by event, one {@code alerts.csv} row per record.
 */
public final class LookupTopology {

    public static final String EVENTS = "kompas.lookups.events";
    public static final String ALERTS = "kompas.lookups.alerts";

    private LookupTopology() {
    }

    /** The context topics, in the order of the exchange format's files. */
    public static String[] contextTopics() {
        return java.util.Arrays.stream(ContextTopic.values()).map(ContextTopic::topic).toArray(String[]::new);
    }

    public static Topology build(DetectionSettings settings) {
        Topology topology = new Topology();
        for (ContextTopic topic : ContextTopic.values()) {
            topology.addGlobalStore(
                    Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(topic.store()), Serdes.String(),
                            Serdes.String()).withLoggingDisabled(),
                    topic.name() + "-source", new StringDeserializer(), new StringDeserializer(), topic.topic(),
                    topic.name() + "-loader", () -> new ContextStoreLoader(topic));
        }
        topology.addSource("events", new StringDeserializer(), new StringDeserializer(), EVENTS);
        topology.addProcessor("detect", () -> new LookupProcessor(settings), "events");
        // In memory, backed by a changelog topic: an officer's history is small and bounded by the repeat window.
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(
                LookupProcessor.HISTORY_STORE), Serdes.String(), new OfficerHistorySerde()), "detect");
        topology.addSink("alerts", ALERTS, new StringSerializer(), new StringSerializer(), "detect");
        return topology;
    }
}
