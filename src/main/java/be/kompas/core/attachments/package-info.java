/**
 * Cleaning files that citizens and staff send through the public channels: metadata stripped, types and sizes
 * limited. Shared by the Advice Point and the complaints Meldpunt.
 */
@NullMarked
@NamedInterface("attachments")
package be.kompas.core.attachments;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
