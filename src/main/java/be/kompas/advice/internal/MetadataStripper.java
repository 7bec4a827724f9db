package be.kompas.advice.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.JpegIptcRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.springframework.stereotype.Component;

/**
 * Removes what could identify a reporter from an attachment before it is stored: EXIF (with GPS), XMP and IPTC in
 * JPEG; text, EXIF and time chunks in PNG (by re-encoding the pixels); the information dictionary and XMP in PDF;
 * document properties and comment or revision authors in DOCX. The type is taken from the content, never from the
 * name; whatever cannot be cleaned is refused.
 */
@Component
class MetadataStripper {

    /** What was removed, as message keys {@code advice.removed.<code>}. */
    enum Removed {
        EXIF, GPS, XMP, IPTC, PNG_TEXT, PDF_INFO, PDF_XMP, DOCX_PROPERTIES, DOCX_AUTHORS
    }

    record Cleaned(String mediaType, byte[] bytes, Set<Removed> removed) {
    }

    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";
    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
    private static final Set<String> PNG_METADATA_CHUNKS = Set.of("tEXt", "zTXt", "iTXt", "eXIf", "tIME");
    private static final Set<String> DOCX_PROPERTY_PARTS = Set.of("docProps/core.xml", "docProps/app.xml",
            "docProps/custom.xml");
    private static final Pattern AUTHOR_ATTRIBUTE = Pattern.compile("(w(?:15)?:(?:author|initials|userId))=\"[^\"]*\"");
    private static final long MAX_DOCX_ENTRY = 100L * 1024 * 1024;

    Cleaned clean(AdviceService.Upload upload) {
        byte[] bytes = upload.bytes();
        try {
            if (startsWith(bytes, new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff })) {
                return jpeg(bytes);
            }
            if (startsWith(bytes, PNG_SIGNATURE)) {
                return png(bytes);
            }
            if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
                return pdf(bytes);
            }
            if (startsWith(bytes, new byte[] { 'P', 'K', 3, 4 })) {
                return docx(bytes);
            }
        } catch (IOException | RuntimeException e) {
            throw new UncleanableAttachmentException(upload.filename(), UncleanableAttachmentException.Reason.CORRUPT);
        }
        throw new UncleanableAttachmentException(upload.filename(), UncleanableAttachmentException.Reason.TYPE);
    }

    private static Cleaned jpeg(byte[] bytes) throws IOException {
        Set<Removed> removed = new LinkedHashSet<>();
        if (Imaging.getMetadata(bytes) instanceof JpegImageMetadata metadata) {
            if (metadata.getExif() != null) {
                removed.add(Removed.EXIF);
                if (metadata.getExif().getGpsInfo() != null) {
                    removed.add(Removed.GPS);
                }
            }
            if (metadata.getPhotoshop() != null) {
                removed.add(Removed.IPTC);
            }
        }
        if (Imaging.getXmpXml(bytes) != null) {
            removed.add(Removed.XMP);
        }
        var withoutExif = new ByteArrayOutputStream();
        new ExifRewriter().removeExifMetadata(bytes, withoutExif);
        var withoutXmp = new ByteArrayOutputStream();
        new JpegXmpRewriter().removeXmpXml(withoutExif.toByteArray(), withoutXmp);
        var clean = new ByteArrayOutputStream();
        new JpegIptcRewriter().removeIptc(withoutXmp.toByteArray(), clean, true);
        byte[] result = clean.toByteArray();
        Imaging.getImageInfo(result);
        return new Cleaned(JPEG, result, removed);
    }

    /** Re-encoding keeps only the pixels, so no ancillary chunk survives. */
    private static Cleaned png(byte[] bytes) throws IOException {
        Set<Removed> removed = pngChunks(bytes).stream().anyMatch(PNG_METADATA_CHUNKS::contains)
                ? Set.of(Removed.PNG_TEXT) : Set.of();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        if (image == null) {
            throw new ImagingException("not an image");
        }
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return new Cleaned(PNG, out.toByteArray(), removed);
    }

    static List<String> pngChunks(byte[] bytes) throws ImagingException {
        List<String> chunks = new ArrayList<>();
        var buffer = ByteBuffer.wrap(bytes);
        buffer.position(PNG_SIGNATURE.length);
        while (buffer.remaining() >= 12) {
            int length = buffer.getInt();
            byte[] type = new byte[4];
            buffer.get(type);
            if (length < 0 || length > buffer.remaining() - 4) {
                throw new ImagingException("truncated chunk");
            }
            chunks.add(new String(type, StandardCharsets.US_ASCII));
            buffer.position(buffer.position() + length + 4);
        }
        return chunks;
    }

    private static Cleaned pdf(byte[] bytes) throws IOException {
        try (var document = Loader.loadPDF(bytes)) {
            if (document.isEncrypted()) {
                throw new ImagingException("encrypted PDF");
            }
            Set<Removed> removed = new LinkedHashSet<>();
            var info = document.getDocumentInformation();
            if (info != null && info.getCOSObject().size() > 0) {
                removed.add(Removed.PDF_INFO);
            }
            document.setDocumentInformation(new PDDocumentInformation());
            document.getDocument().getTrailer().removeItem(COSName.INFO);
            if (document.getDocumentCatalog().getMetadata() != null) {
                removed.add(Removed.PDF_XMP);
                document.getDocumentCatalog().setMetadata(null);
            }
            var out = new ByteArrayOutputStream();
            // A full save writes only the live objects, so earlier revisions of the metadata do not survive.
            document.save(out);
            return new Cleaned(PDF, out.toByteArray(), removed);
        }
    }

    /**
     * Property parts are replaced by empty ones rather than dropped, so that Word still opens the file without a
     * repair prompt; author attributes in the document, comments and revisions are emptied.
     */
    private static Cleaned docx(byte[] bytes) throws IOException {
        Set<Removed> removed = new LinkedHashSet<>();
        boolean document = false;
        var out = new ByteArrayOutputStream();
        try (var in = new ZipInputStream(new ByteArrayInputStream(bytes));
                var zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                byte[] content = in.readNBytes((int) MAX_DOCX_ENTRY);
                if (in.read() != -1) {
                    throw new ImagingException("entry too large");
                }
                document |= name.equals("word/document.xml");
                if (DOCX_PROPERTY_PARTS.contains(name)) {
                    removed.add(Removed.DOCX_PROPERTIES);
                    content = emptyProperties(name);
                } else if (name.startsWith("word/") && name.endsWith(".xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    var matcher = AUTHOR_ATTRIBUTE.matcher(xml);
                    if (matcher.find()) {
                        removed.add(Removed.DOCX_AUTHORS);
                        content = matcher.replaceAll("$1=\"\"").getBytes(StandardCharsets.UTF_8);
                    }
                }
                // New entries carry no original timestamps or comments.
                var copy = new ZipEntry(name);
                copy.setTime(0);
                zip.putNextEntry(copy);
                zip.write(content);
                zip.closeEntry();
            }
        }
        if (!document) {
            throw new ImagingException("not a Word document");
        }
        return new Cleaned(DOCX, out.toByteArray(), removed);
    }

    private static byte[] emptyProperties(String part) {
        String xml = switch (part) {
            case "docProps/core.xml" -> "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/"
                    + "2006/metadata/core-properties\"/>";
            case "docProps/app.xml" -> "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "extended-properties\"/>";
            default -> "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "custom-properties\"/>";
        };
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && java.util.Arrays.equals(bytes, 0, prefix.length, prefix, 0,
                prefix.length);
    }
}
