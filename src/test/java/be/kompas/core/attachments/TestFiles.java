package be.kompas.core.attachments;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Files with identifying metadata, as a phone or an office program would make them. */
public final class TestFiles {

    private TestFiles() {
    }

    /** A JPEG photo with EXIF including a GPS position in Brussels. */
    public static byte[] jpegWithGps() throws IOException {
        var image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.ORANGE);
        graphics.fillRect(8, 8, 40, 20);
        graphics.dispose();
        var plain = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", plain);
        var exif = new TiffOutputSet();
        exif.setGpsInDegrees(4.3517, 50.8466);
        var tagged = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(plain.toByteArray(), tagged, exif);
        return tagged.toByteArray();
    }

    /** A PNG with a tEXt chunk naming its author. */
    public static byte[] pngWithText() throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), "png", out);
        byte[] png = out.toByteArray();
        byte[] data = "Author\0Jonas Desmet".getBytes(StandardCharsets.ISO_8859_1);
        var chunk = java.nio.ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put("tEXt".getBytes(StandardCharsets.US_ASCII)).put(data);
        var crc = new java.util.zip.CRC32();
        crc.update("tEXt".getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        chunk.putInt((int) crc.getValue());
        // Right after the IHDR chunk (8 signature + 25 IHDR bytes).
        var result = new ByteArrayOutputStream();
        result.write(png, 0, 33);
        result.write(chunk.array());
        result.write(png, 33, png.length - 33);
        return result.toByteArray();
    }

    public static byte[] pdfWithAuthor() throws IOException {
        try (var document = new PDDocument()) {
            document.addPage(new PDPage());
            document.getDocumentInformation().setAuthor("Jonas Desmet");
            document.getDocumentInformation().setCreator("Kompas test");
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    public static byte[] docxWithAuthor() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", "<Types/>");
            entry(zip, "docProps/core.xml", "<cp:coreProperties><dc:creator>Jonas Desmet</dc:creator></cp:coreProperties>");
            entry(zip, "docProps/app.xml", "<Properties><Company>PZ Demostad</Company></Properties>");
            entry(zip, "word/document.xml", "<w:document><w:ins w:author=\"Jonas Desmet\">text</w:ins></w:document>");
            entry(zip, "word/comments.xml", "<w:comments><w:comment w:author=\"Jonas Desmet\" w:initials=\"JD\"/></w:comments>");
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
