/** The engine's detection rules as a Kafka Streams topology, for a national volume of look-ups. */
@NullMarked
package be.kompas.lookups.streams;

import org.jspecify.annotations.NullMarked;
