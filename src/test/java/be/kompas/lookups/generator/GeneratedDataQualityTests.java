package be.kompas.lookups.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.kompas.lookups.engine.DetectionSettings;

class GeneratedDataQualityTests {

    @TempDir
    Path directory;

    @Test
    void findsPlantedPrivateLookUpsAndExplainsLegitimateOnes() throws IOException {
        new LookupDataGenerator(GeneratorSettings.scaledTo(200_000, 42)).writeTo(directory);

        Quality quality = Quality.measure(directory, DetectionSettings.defaults());

        assertThat(quality.recall()).as("recall").isGreaterThanOrEqualTo(0.95);
        assertThat(quality.precision()).as("precision").isGreaterThanOrEqualTo(0.8);
        assertThat(quality.legitimateExplained()).as("legitimate look-ups explained").isGreaterThanOrEqualTo(0.95);
        for (PlantedKind kind : PlantedKind.values()) {
            assertThat(quality.recall(kind)).as("recall of " + kind).isGreaterThanOrEqualTo(0.9);
        }
    }
}
