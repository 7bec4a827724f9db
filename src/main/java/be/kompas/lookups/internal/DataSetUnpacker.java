package be.kompas.lookups.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Unpacks a zip of the exchange format's CSV files into one flat directory. Only the format's file names are taken,
 * wherever they sit in the zip; an entry that points outside the directory (zip slip), too many entries, or more
 * unpacked bytes than the limits allow (zip bomb) refuse the whole zip. Sizes are counted while copying, since the
 * sizes a zip declares may lie.
 */
final class DataSetUnpacker {

    static final Set<String> FILES = Set.of("staff.csv", "subjects.csv", "cases.csv", "case_subjects.csv",
            "rosters.csv", "relations.csv", "events.csv");

    private DataSetUnpacker() {
    }

    static void unpack(Path zip, Path target, LookupSettings limits) throws IOException {
        long zipped = Math.max(1, Files.size(zip));
        long allowed = Math.min(limits.maxUnzippedBytes(), zipped * limits.maxCompressionRatio() + 1_048_576);
        long written = 0;
        int entries = 0;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            var all = file.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (++entries > limits.maxEntries()) {
                    throw new InvalidDataSetException("lookups.import.error.tooManyFiles");
                }
                String name = entry.getName().replace('\\', '/');
                Path resolved = target.resolve(name).normalize();
                if (name.startsWith("/") || name.contains("../") || name.equals("..") || !resolved.startsWith(target)) {
                    throw new InvalidDataSetException("lookups.import.error.unsafePath");
                }
                String fileName = resolved.getFileName() == null ? "" : resolved.getFileName().toString();
                if (entry.isDirectory() || !FILES.contains(fileName)) {
                    continue;
                }
                Path out = target.resolve(fileName);
                if (Files.exists(out)) {
                    throw new InvalidDataSetException("lookups.import.error.duplicateFile");
                }
                try (InputStream in = file.getInputStream(entry); OutputStream copy = Files.newOutputStream(out)) {
                    written = copy(in, copy, written, allowed);
                }
            }
        }
        catch (ZipException e) {
            throw new InvalidDataSetException("lookups.import.error.notZip");
        }
        for (String required : Set.of("staff.csv", "subjects.csv", "cases.csv", "case_subjects.csv", "events.csv")) {
            if (!Files.exists(target.resolve(required))) {
                throw new InvalidDataSetException("lookups.import.error.missingFile");
            }
        }
    }

    private static long copy(InputStream in, OutputStream out, long written, long allowed) throws IOException {
        byte[] buffer = new byte[65_536];
        long total = written;
        for (int n; (n = in.read(buffer)) > 0;) {
            total += n;
            if (total > allowed) {
                throw new InvalidDataSetException("lookups.import.error.tooLarge");
            }
            out.write(buffer, 0, n);
        }
        return total;
    }
}
