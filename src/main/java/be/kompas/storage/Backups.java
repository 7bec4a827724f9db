package be.kompas.storage;

import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Backup and restore of everything Kompas keeps: every table of the database (the audit chain and encrypted columns
 * included) read in one snapshot, and the files of the data directory next to the database cluster.
 */
public interface Backups {

    /** Writes a backup file (a zip) to {@code out}, which stays open. */
    BackupManifest write(OutputStream out);

    /**
     * Loads a backup into a new database migrated to the backup's {@link BackupManifest#schemaVersion()} (rows that
     * the migrations seeded are replaced), and puts its files in the data directory. All tables load in one
     * transaction: a damaged backup leaves the database as it was.
     */
    BackupManifest restore(Path backup);
}
