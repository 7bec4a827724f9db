package be.kompas.core.attachments;

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
 * Removes what could identify a sender from a file before it is stored, for every public channel (the Advice Point,
 * the Meldpunt): EXIF (with GPS), XMP and IPTC in JPEG; text, EXIF and time chunks in PNG (by re-encoding the
 * pixels); the information dictionary and XMP in PDF; document properties and comment or revision authors in DOCX.
 * The type is taken from the content, never from the name; whatever cannot be cleaned is refused, and so are more
 * than {@link #MAX_FILES} files or a file above {@link #MAX_BYTES}.
 */
@Component
public class AttachmentCleaner {

    /** At most this many files per submission (and per item). */
    public static final int MAX_FILES = 10;
    /** At most this many bytes per file (20 MB, as the servlet's multipart limit). */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /** What was removed, as message keys {@code attachments.removed.<code>}. */
    public enum Removed {
        EXIF, GPS, XMP, IPTC, PNG_TEXT, PDF_INFO, PDF_XMP, DOCX_PROPERTIES, DOCX_AUTHORS
    }

    /** A file as sent: the name only for messages, the type is read from the content. */
    public record Upload(String filename, byte[] bytes) {
    }

    /** A cleaned file with its type and what was removed from it. */
    public record Cleaned(String mediaType, byte[] bytes, Set<Removed> removed) {

        /** The file name extension that fits the type, with its dot. */
        public String extension() {
            return switch (mediaType) {
                case JPEG -> ".jpg";
                case PNG -> ".png";
                case PDF -> ".pdf";
                default -> ".docx";
            };
        }

        /** The removed items' names, for storing and for the message keys. */
        public List<String> removedCodes() {
            return removed.stream().map(Enum::name).toList();
        }
    }

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
    private static final Set<String> PNG_METADATA_CHUNKS = Set.of("tEXt", "zTXt", "iTXt", "eXIf", "tIME");
    private static final Set<String> DOCX_PROPERTY_PARTS = Set.of("docProps/core.xml", "docProps/app.xml",
            "docProps/custom.xml");
    private static final Pattern AUTHOR_ATTRIBUTE = Pattern.compile("(w(?:15)?:(?:author|initials|userId))=\"[^\"]*\"");
    private static final long MAX_DOCX_ENTRY = 100L * 1024 * 1024;

    /**
     * Cleans every file, or refuses them all.
     *
     * @param alreadyStored how many files the item holds already, counted against {@link #MAX_FILES}
     * @throws be.kompas.core.InvalidInputException naming {@code attachments} for too many files
     * @throws UncleanableAttachmentException for a file too large, of an unknown type or damaged
     */
    public List<Cleaned> cleanAll(List<Upload> uploads, int alreadyStored) {
        if (alreadyStored + uploads.size() > MAX_FILES) {
            throw be.kompas.core.InvalidInputException.of("attachments", "at most " + MAX_FILES + " files");
        }
        return uploads.stream().map(this::clean).toList();
    }

    /** @throws UncleanableAttachmentException for a file too large, of an unknown type or damaged */
    public Cleaned clean(Upload upload) {
        byte[] bytes = upload.bytes();
        if (bytes.length > MAX_BYTES) {
            throw new UncleanableAttachmentException(upload.filename(), UncleanableAttachmentException.Reason.SIZE);
        }
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

    public static List<String> pngChunks(byte[] bytes) throws ImagingException {
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
