package be.kompas.core.crypto;

/** A ciphertext that does not open with the given key: wrong key, or tampered data. Says nothing more on purpose. */
public class CryptoException extends RuntimeException {

    CryptoException(@org.jspecify.annotations.Nullable Throwable cause) {
        super("Cannot decrypt", cause);
    }
}
