package be.kompas.investigations.internal;

/** A stored document version as it is downloaded: under its own name. */
public record DocumentFile(String name, byte[] content) {
}
