package be.kompas.identity;

import java.util.UUID;

import be.kompas.tenancy.OrganisationId;

/**
 * A user who could no longer open their private key (password reset by an administrator, recovery key lost) made a
 * new key pair. Content keys wrapped for the old public key are lost to them; modules that wrap keys for users (the
 * Advice Point) ask an entitled user to grant access again.
 */
public record EncryptionKeysReplaced(OrganisationId organisation, UUID userId) {
}
