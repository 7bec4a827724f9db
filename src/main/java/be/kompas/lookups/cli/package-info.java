/** The {@code kompas lookups} subcommands: scan, generate, bench and stream; none of them starts Spring. */
@NullMarked
package be.kompas.lookups.cli;

import org.jspecify.annotations.NullMarked;
