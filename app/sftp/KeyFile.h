// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace wb {

// What a private key file holds, worked out before libssh2 sees it: libssh2 reports every
// key it cannot parse as "wrong passphrase or invalid key", which tells a user nothing.
struct PrivateKey
{
    enum class Format {
        Unknown,
        OpenSsh,        // -----BEGIN OPENSSH PRIVATE KEY----- (openssh-key-v1)
        PemRsa,         // -----BEGIN RSA PRIVATE KEY-----
        PemEc,          // -----BEGIN EC PRIVATE KEY-----
        PemDsa,         // -----BEGIN DSA PRIVATE KEY----- (refused: OpenSSH dropped DSA)
        Pkcs8,          // -----BEGIN PRIVATE KEY-----
        Pkcs8Encrypted, // -----BEGIN ENCRYPTED PRIVATE KEY-----
        Ppk,            // PuTTY-User-Key-File-2 or -3
        PublicKey,      // a public key given where the private one was expected
    };

    Format format = Format::Unknown;
    QString algorithm;  // "ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256", ...; empty if unknown
    bool encrypted = false;
    int ppkVersion = 0; // 2 or 3 for Format::Ppk
    // The bytes to give libssh2_userauth_publickey_frommemory: the file itself, or for an
    // unencrypted PuTTY key the same key converted to OpenSSH format in memory.
    QByteArray data;
    // Empty when the key can be used; otherwise what is wrong and what to do about it.
    QString error;

    bool isUsable() const { return error.isEmpty(); }
};

// Reads and inspects a private key file; a missing, unreadable or oversized file is an error.
PrivateKey readPrivateKey(const QString &path);
// Inspects a key held in memory; fileName is only used in messages.
PrivateKey parsePrivateKey(const QByteArray &content, const QString &fileName);
// A short human name of a format, e.g. "OpenSSH private key", "PuTTY key (version 3)".
QString formatDescription(const PrivateKey &key);

} // namespace wb
