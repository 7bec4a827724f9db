package be.kompas.lookups.internal;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of an imported data set, bound to {@code kompas.lookups.*}.
 *
 * @param maxUnzippedBytes  all files of one zip together, unpacked; 8 GB holds some 80 million look-ups
 * @param maxCompressionRatio unpacked bytes per zipped byte; CSV packs about ten to one, a zip bomb a thousand
 * @param maxEntries        files in one zip; the format has seven
 * @param watchDirectory    where exports arrive without an upload, as {@code <organisation-code>/<data-set>/} with a
 *                          file {@code READY} written last; {@code null}: no watched directory
 */
@ConfigurationProperties("kompas.lookups")
public record LookupSettings(@DefaultValue("8589934592") long maxUnzippedBytes,
        @DefaultValue("100") int maxCompressionRatio, @DefaultValue("50") int maxEntries,
        @Nullable Path watchDirectory) {
}
