package be.kompas.storage.internal;

import java.nio.file.Path;

/** Another Kompas process runs on the same data directory. */
class DataDirectoryInUseException extends RuntimeException {

    DataDirectoryInUseException(Path dataDir) {
        super("The data directory " + dataDir.toAbsolutePath().normalize()
                + " is already in use by another running Kompas. Stop that one first, or start this one with"
                + " another directory (--kompas.data-dir=...).");
    }
}
