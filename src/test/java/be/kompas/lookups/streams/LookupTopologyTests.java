package be.kompas.lookups.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;

import be.kompas.lookups.LookupFixture;
import be.kompas.lookups.engine.DetectionSettings;
import be.kompas.lookups.engine.Reason;

class LookupTopologyTests {

    @Test
    void proposesTheSameLookUpsAsTheBatchEngine() {
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "kompas-lookups-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        try (TopologyTestDriver driver = new TopologyTestDriver(LookupTopology.build(DetectionSettings.defaults()),
                config)) {
            pipe(driver, ContextTopic.STAFF, LookupFixture.STAFF, 0);
            pipe(driver, ContextTopic.SUBJECTS, LookupFixture.SUBJECTS, 0);
            pipe(driver, ContextTopic.CASES, LookupFixture.CASES, 0);
            pipe(driver, ContextTopic.CASE_SUBJECTS, LookupFixture.CASE_SUBJECTS, 0);
            pipe(driver, ContextTopic.ROSTERS, LookupFixture.ROSTERS, 0);
            pipe(driver, ContextTopic.RELATIONS, LookupFixture.RELATIONS, 0);
            TestInputTopic<String, String> events = driver.createInputTopic(LookupTopology.EVENTS,
                    new StringSerializer(), new StringSerializer());
            for (String row : LookupFixture.eventRows()) {
                events.pipeInput(row.split(",")[2], row);
            }
            TestOutputTopic<String, String> alerts = driver.createOutputTopic(LookupTopology.ALERTS,
                    new StringDeserializer(), new StringDeserializer());

            Map<String, String> found = new LinkedHashMap<>();
            alerts.readKeyValuesToList().forEach(alert -> {
                String[] columns = alert.value.split(",");
                assertThat(Reason.score(Reason.parse(columns[4]))).isEqualTo(Integer.parseInt(columns[3]));
                found.put(alert.key, columns[4]);
            });
            assertThat(found).containsExactlyInAnyOrderEntriesOf(LookupFixture.EXPECTED_ALERTS);
        }
    }

    private static void pipe(TopologyTestDriver driver, ContextTopic topic, List<String> file, int keyColumn) {
        TestInputTopic<String, String> input = driver.createInputTopic(topic.topic(), new StringSerializer(),
                new StringSerializer());
        for (String row : file.subList(1, file.size())) {
            input.pipeInput(row.split(",")[keyColumn], row);
        }
    }
}
