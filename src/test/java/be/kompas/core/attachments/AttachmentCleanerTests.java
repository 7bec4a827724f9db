package be.kompas.core.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipInputStream;

import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;

import be.kompas.core.attachments.AttachmentCleaner.Removed;

class AttachmentCleanerTests {

    private final AttachmentCleaner stripper = new AttachmentCleaner();

    private AttachmentCleaner.Cleaned clean(byte[] bytes) {
        return stripper.clean(new AttachmentCleaner.Upload("file", bytes));
    }

    @Test
    void removesExifWithGpsFromAJpeg() throws Exception {
        byte[] original = TestFiles.jpegWithGps();
        assertThat(((JpegImageMetadata) Imaging.getMetadata(original)).getExif().getGpsInfo()).isNotNull();
        var cleaned = clean(original);
        assertThat(cleaned.mediaType()).isEqualTo("image/jpeg");
        assertThat(cleaned.removed()).contains(Removed.EXIF, Removed.GPS);
        var metadata = Imaging.getMetadata(cleaned.bytes());
        assertThat(metadata == null || ((JpegImageMetadata) metadata).getExif() == null).isTrue();
        assertThat(Imaging.getImageInfo(cleaned.bytes()).getWidth()).isEqualTo(64);
    }

    @Test
    void removesTextChunksFromAPng() throws Exception {
        byte[] original = TestFiles.pngWithText();
        assertThat(AttachmentCleaner.pngChunks(original)).contains("tEXt");
        var cleaned = clean(original);
        assertThat(cleaned.removed()).containsExactly(Removed.PNG_TEXT);
        assertThat(AttachmentCleaner.pngChunks(cleaned.bytes())).doesNotContain("tEXt", "iTXt", "zTXt", "eXIf");
        assertThat(new String(cleaned.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("Jonas");
    }

    @Test
    void removesTheInformationDictionaryFromAPdf() throws Exception {
        var cleaned = clean(TestFiles.pdfWithAuthor());
        assertThat(cleaned.removed()).contains(Removed.PDF_INFO);
        try (var document = Loader.loadPDF(cleaned.bytes())) {
            assertThat(document.getDocumentInformation().getAuthor()).isNull();
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(new String(cleaned.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("Jonas");
    }

    @Test
    void removesPropertiesAndAuthorsFromADocx() throws Exception {
        var cleaned = clean(TestFiles.docxWithAuthor());
        assertThat(cleaned.removed()).containsExactlyInAnyOrder(Removed.DOCX_PROPERTIES, Removed.DOCX_AUTHORS);
        try (var zip = new ZipInputStream(new ByteArrayInputStream(cleaned.bytes()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String content = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(content).as(entry.getName()).doesNotContain("Jonas", "JD", "PZ Demostad");
            }
        }
    }

    @Test
    void refusesUnknownTypesAndCorruptFiles() throws Exception {
        assertThatThrownBy(() -> clean("plain text".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UncleanableAttachmentException.class,
                        e -> assertThat(e.reason()).isEqualTo(UncleanableAttachmentException.Reason.TYPE));
        byte[] truncated = java.util.Arrays.copyOf(TestFiles.jpegWithGps(), 40);
        assertThatThrownBy(() -> clean(truncated)).isInstanceOfSatisfying(UncleanableAttachmentException.class,
                e -> assertThat(e.reason()).isEqualTo(UncleanableAttachmentException.Reason.CORRUPT));
        assertThatThrownBy(() -> clean("%PDF-1.7 nothing".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(UncleanableAttachmentException.class);
        assertThatThrownBy(() -> clean(new byte[] { 'P', 'K', 3, 4, 0, 0 }))
                .isInstanceOf(UncleanableAttachmentException.class);
    }
}
