package be.kompas.lookups.cli;

import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

import be.kompas.lookups.streams.LookupTopology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kompas lookups stream}: runs the detection topology against a Kafka cluster until stopped. */
@Command(name = "stream", mixinStandardHelpOptions = true,
        description = { "Runs the look-up detection as a Kafka Streams application until stopped (Ctrl-C).",
            "Reads " + LookupTopology.EVENTS + " (keyed by officer_id) and the context topics kompas.lookups.staff, "
                    + ".subjects, .cases, .case-subjects, .rosters, .relations; writes " + LookupTopology.ALERTS
                    + ". See docs/lookups.md." })
public class StreamCommand implements Callable<Integer> {

    @Option(names = "--bootstrap-servers", required = true, paramLabel = "HOST:PORT", description = "Kafka brokers.")
    String bootstrapServers;

    @Option(names = "--application-id", defaultValue = "kompas-lookups", description = "Kafka Streams application id (default: ${DEFAULT-VALUE}).")
    String applicationId;

    @Option(names = "--threads", defaultValue = "2", description = "Stream threads in this instance (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--state-dir", description = "Directory for local state (default: Kafka Streams' own).")
    String stateDirectory;

    @Mixin
    DetectionOptions detection = new DetectionOptions();

    @Override
    public Integer call() {
        return Failures.guard("stream", () -> {
            Properties config = new Properties();
            config.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
            config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            config.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
            // Exactly once: an alert is written once even if an instance dies mid-batch.
            config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
            if (stateDirectory != null) {
                config.put(StreamsConfig.STATE_DIR_CONFIG, stateDirectory);
            }
            CountDownLatch stopped = new CountDownLatch(1);
            try (KafkaStreams streams = new KafkaStreams(LookupTopology.build(detection.settings()), config)) {
                streams.setStateListener((now, before) -> {
                    if (now == KafkaStreams.State.ERROR || now == KafkaStreams.State.NOT_RUNNING) {
                        stopped.countDown();
                    }
                });
                Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
                streams.start();
                stopped.await();
                return streams.state() == KafkaStreams.State.ERROR ? 1 : 0;
            }
        });
    }
}
