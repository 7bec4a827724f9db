package be.kompas.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import be.kompas.storage.StorageSettings;

/** The demo users' credentials file: written once at the first start, read at every start to print them. */
@Component
public class DemoLogins {

    private static final String HEADER = "role\tusername\tpassword\ttotp_secret\tapi_token";

    private final Path file;

    DemoLogins(StorageSettings settings) {
        this.file = settings.dataDir().resolve("demo-credentials.tsv");
    }

    public List<DemoLogin> all() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().skip(1).filter(l -> !l.isBlank())
                    .map(DemoLogin::fromTsv).toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<DemoLogin> byUsername(String username) {
        return all().stream().filter(login -> login.username().equals(username)).findFirst();
    }

    Path file() {
        return file;
    }

    void write(List<DemoLogin> logins) {
        try {
            Files.createDirectories(file.getParent());
            var lines = new java.util.ArrayList<String>();
            lines.add(HEADER);
            logins.forEach(login -> lines.add(login.toTsv()));
            Files.write(file, lines, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the directory's own permissions protect the file.
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
