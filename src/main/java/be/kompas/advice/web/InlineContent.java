package be.kompas.advice.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import be.kompas.advice.internal.AdviceService;

/** A decrypted attachment for the browser to show: inline, never cached, its type not sniffed. */
final class InlineContent {

    private InlineContent() {
    }

    static ResponseEntity<byte[]> of(AdviceService.AttachmentContent content) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.mediaType()))
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(content.filename()).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(content.bytes());
    }
}
