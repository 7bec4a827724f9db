package be.kompas.lookups.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import be.kompas.lookups.generator.GeneratorSettings;
import be.kompas.lookups.generator.LookupDataGenerator;

/** Synthetic data sets and zips of them for the review's tests. */
public final class DataSets {

    private DataSets() {
    }

    /** A generated data set in a new directory under {@code parent}. */
    public static Path generated(Path parent, long events, long seed) throws IOException {
        Path directory = Files.createTempDirectory(parent, "data-");
        new LookupDataGenerator(GeneratorSettings.scaledTo(events, seed)).writeTo(directory);
        return directory;
    }

    /** The CSV files of a directory as a zip, with the ground truth left out as a real export would. */
    public static Path zipped(Path directory) throws IOException {
        Path zip = directory.resolveSibling(directory.getFileName() + ".zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file);
                var files = Files.list(directory)) {
            for (Path csv : files.filter(f -> DataSetUnpacker.FILES.contains(f.getFileName().toString()))
                    .toList()) {
                out.putNextEntry(new ZipEntry("export/" + csv.getFileName()));
                Files.copy(csv, out);
                out.closeEntry();
            }
        }
        return zip;
    }

    /** A zip with the given entries and contents, for refusals. */
    public static Path zip(Path parent, Map<String, byte[]> entries) throws IOException {
        Path zip = Files.createTempFile(parent, "crafted-", ".zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (var entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return zip;
    }
}
