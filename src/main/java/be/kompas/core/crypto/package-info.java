/** The one place where Kompas touches cryptographic primitives, all of them from BouncyCastle. */
@NullMarked
@NamedInterface("crypto")
package be.kompas.core.crypto;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
