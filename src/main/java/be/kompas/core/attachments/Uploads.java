package be.kompas.core.attachments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** The files of a form post, as uploads for the {@link AttachmentCleaner}. */
public final class Uploads {

    private Uploads() {
    }

    /** Browsers send an empty part when no file is chosen; those are left out. */
    public static List<AttachmentCleaner.Upload> of(@Nullable List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().filter(file -> !file.isEmpty()).map(file -> {
            try {
                return new AttachmentCleaner.Upload(String.valueOf(file.getOriginalFilename()), file.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}
