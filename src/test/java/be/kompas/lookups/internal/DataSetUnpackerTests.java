package be.kompas.lookups.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSetUnpackerTests {

    private static final LookupSettings LIMITS = new LookupSettings(10_000_000, 100, 50, null);

    @TempDir
    Path temp;

    @Test
    void unpacksTheFormatsFilesFromAnyFolderOfTheZip() throws Exception {
        Path data = DataSets.generated(temp, 2_000, 1);
        Path target = Files.createDirectory(temp.resolve("target"));
        DataSetUnpacker.unpack(DataSets.zipped(data), target, LIMITS);
        assertThat(target.resolve("events.csv")).hasSameTextualContentAs(data.resolve("events.csv"));
        assertThat(target.resolve("ground-truth.csv")).doesNotExist();
    }

    @Test
    void refusesAnEntryThatPointsOutsideTheDirectory() throws Exception {
        Path zip = DataSets.zip(temp, Map.of("../../events.csv", bytes("event_id\n")));
        Path target = Files.createDirectories(temp.resolve("a/b/target"));
        assertThatThrownBy(() -> DataSetUnpacker.unpack(zip, target, LIMITS))
                .isInstanceOf(InvalidDataSetException.class).hasMessage("lookups.import.error.unsafePath");
        assertThat(temp.resolve("a/events.csv")).doesNotExist();
        assertThat(temp.resolve("events.csv")).doesNotExist();
    }

    @Test
    void refusesAnAbsolutePath() throws Exception {
        Path zip = DataSets.zip(temp, Map.of("/tmp/events.csv", bytes("event_id\n")));
        assertThatThrownBy(() -> DataSetUnpacker.unpack(zip, Files.createDirectory(temp.resolve("t")), LIMITS))
                .hasMessage("lookups.import.error.unsafePath");
    }

    @Test
    void stopsAZipBombAtTheCompressionRatio() throws Exception {
        // 50 MB of zeros pack into some 50 KB: a ratio of a thousand.
        Path zip = DataSets.zip(temp, Map.of("events.csv", new byte[50_000_000]));
        Path target = Files.createDirectory(temp.resolve("bomb"));
        assertThatThrownBy(() -> DataSetUnpacker.unpack(zip, target, new LookupSettings(1L << 40, 100, 50, null)))
                .hasMessage("lookups.import.error.tooLarge");
        assertThat(Files.size(target.resolve("events.csv"))).isLessThan(50_000_000);
    }

    @Test
    void refusesTooManyFilesAndMissingOnes() throws Exception {
        var many = new LinkedHashMap<String, byte[]>();
        for (int i = 0; i < 60; i++) {
            many.put("junk" + i + ".txt", bytes("x"));
        }
        assertThatThrownBy(() -> DataSetUnpacker.unpack(DataSets.zip(temp, many),
                Files.createDirectory(temp.resolve("many")), LIMITS)).hasMessage("lookups.import.error.tooManyFiles");
        assertThatThrownBy(() -> DataSetUnpacker.unpack(DataSets.zip(temp, Map.of("staff.csv", bytes("x"))),
                Files.createDirectory(temp.resolve("few")), LIMITS)).hasMessage("lookups.import.error.missingFile");
        Path notZip = Files.writeString(temp.resolve("plain.zip"), "not a zip");
        assertThatThrownBy(() -> DataSetUnpacker.unpack(notZip, Files.createDirectory(temp.resolve("plain")),
                LIMITS)).hasMessage("lookups.import.error.notZip");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
