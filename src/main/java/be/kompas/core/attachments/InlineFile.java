package be.kompas.core.attachments;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored attachment for the browser to show: inline, never cached, its type not sniffed. */
public final class InlineFile {

    private InlineFile() {
    }

    public static ResponseEntity<byte[]> of(String filename, String mediaType, byte[] bytes) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(mediaType))
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build()
                        .toString())
                .header("X-Content-Type-Options", "nosniff").body(bytes);
    }
}
