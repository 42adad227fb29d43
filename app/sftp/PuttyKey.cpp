// SPDX-License-Identifier: GPL-3.0-or-later
#include "sftp/PuttyKey.h"

#include "sftp/SshWire.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QList>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace wb::keyfile {

namespace {

struct PpkFile
{
    int version = 0;
    QByteArray algorithm;
    QByteArray encryption;
    QByteArray comment;
    QByteArray publicBlob;
    QByteArray privateBlob;
    QByteArray mac;
};

QString corruptMessage(const QString &name)
{
    return QCoreApplication::translate("KeyFile",
                                       "“%1” is a damaged or incomplete PuTTY key file. Save the "
                                       "key again from PuTTYgen.")
        .arg(name);
}

class LineReader
{
public:
    explicit LineReader(const QByteArray &text) : m_lines(text.split('\n')) {}

    // The value of a "Name: value" line, if the next line is one with that name.
    bool header(QByteArrayView name, QByteArray &value)
    {
        if (m_next >= m_lines.size())
            return false;
        const QByteArray &line = m_lines.at(m_next);
        if (!line.startsWith(name) || line.mid(name.size(), 2) != ": ")
            return false;
        value = line.mid(name.size() + 2);
        ++m_next;
        return true;
    }

    QByteArray peekName() const
    {
        if (m_next >= m_lines.size())
            return {};
        const qsizetype colon = m_lines.at(m_next).indexOf(':');
        return colon < 0 ? QByteArray() : m_lines.at(m_next).left(colon);
    }

    void skip() { ++m_next; }

    // "Name: n" followed by n lines of base64.
    bool base64Block(QByteArrayView name, QByteArray &decoded)
    {
        QByteArray countText;
        if (!header(name, countText))
            return false;
        bool ok = false;
        const int count = countText.trimmed().toInt(&ok);
        if (!ok || count < 0 || count > m_lines.size() - m_next)
            return false;
        QByteArray encoded;
        for (int i = 0; i < count; ++i)
            encoded += m_lines.at(m_next++).trimmed();
        auto result = QByteArray::fromBase64Encoding(encoded,
                                                     QByteArray::AbortOnBase64DecodingErrors);
        decoded = std::move(result.decoded);
        return result.decodingStatus == QByteArray::Base64DecodingStatus::Ok && !decoded.isEmpty();
    }

private:
    QList<QByteArray> m_lines;
    qsizetype m_next = 0;
};

bool readPpk(const QByteArray &text, PpkFile &ppk)
{
    LineReader lines(text);
    QByteArray first;
    const QByteArray firstName = "PuTTY-User-Key-File-" + QByteArray::number(ppk.version);
    if (!lines.header(firstName, first))
        return false;
    ppk.algorithm = first.trimmed();
    if (!lines.header("Encryption", ppk.encryption) || !lines.header("Comment", ppk.comment)
        || !lines.base64Block("Public-Lines", ppk.publicBlob))
        return false;
    ppk.encryption = ppk.encryption.trimmed();
    // Version 3 puts its key derivation parameters here; they only matter for decryption.
    while (!lines.peekName().isEmpty() && lines.peekName() != "Private-Lines")
        lines.skip();
    if (ppk.encryption != "none")
        return true;
    if (!lines.base64Block("Private-Lines", ppk.privateBlob)
        || !lines.header("Private-MAC", ppk.mac))
        return false;
    ppk.mac = ppk.mac.trimmed().toLower();
    return true;
}

QByteArray expectedMac(const PpkFile &ppk)
{
    SshWriter covered;
    covered.writeString(ppk.algorithm);
    covered.writeString(ppk.encryption);
    covered.writeString(ppk.comment);
    covered.writeString(ppk.publicBlob);
    covered.writeString(ppk.privateBlob);
    // Unencrypted keys use the MAC key derived from an empty passphrase: for version 2 that is
    // SHA-1 of the fixed prefix alone, for version 3 it is empty.
    if (ppk.version == 2) {
        const QByteArray macKey = QCryptographicHash::hash("putty-private-key-file-mac-key",
                                                           QCryptographicHash::Sha1);
        return QMessageAuthenticationCode::hash(covered.data(), macKey, QCryptographicHash::Sha1)
            .toHex();
    }
    return QMessageAuthenticationCode::hash(covered.data(), {}, QCryptographicHash::Sha256).toHex();
}

// The public blob and the algorithm-specific fields of the OpenSSH private section, or false
// if the PuTTY blobs do not have the layout PuTTY documents for that algorithm.
bool convertFields(const PpkFile &ppk, SshWriter &publicOut, SshWriter &privateOut)
{
    SshReader pub(ppk.publicBlob);
    SshReader priv(ppk.privateBlob);
    const QByteArray type = pub.readString();
    if (type != ppk.algorithm)
        return false;
    publicOut.writeString(type);
    privateOut.writeString(type);

    if (type == "ssh-ed25519") {
        const QByteArray publicKey = pub.readString();
        // PuTTY stores the 32-byte seed; OpenSSH wants seed followed by the public key.
        const QByteArray seed = priv.readString();
        if (publicKey.size() != 32 || seed.size() != 32)
            return false;
        publicOut.writeString(publicKey);
        privateOut.writeString(publicKey);
        privateOut.writeString(QByteArray(seed + publicKey));
    } else if (type == "ssh-rsa") {
        const QByteArray e = pub.readMpint();
        const QByteArray n = pub.readMpint();
        const QByteArray d = priv.readMpint();
        const QByteArray p = priv.readMpint();
        const QByteArray q = priv.readMpint();
        const QByteArray iqmp = priv.readMpint();
        for (const QByteArray *field : {&e, &n, &d, &p, &q, &iqmp}) {
            if (field->isEmpty())
                return false;
        }
        publicOut.writeMpint(e);
        publicOut.writeMpint(n);
        for (const QByteArray *field : {&n, &e, &d, &iqmp, &p, &q})
            privateOut.writeMpint(*field);
    } else if (type.startsWith("ecdsa-sha2-")) {
        const QByteArray curve = pub.readString();
        const QByteArray point = pub.readString();
        const QByteArray d = priv.readMpint();
        if (curve != type.mid(int(sizeof("ecdsa-sha2-")) - 1) || point.isEmpty() || d.isEmpty())
            return false;
        publicOut.writeString(curve);
        publicOut.writeString(point);
        privateOut.writeString(curve);
        privateOut.writeString(point);
        privateOut.writeMpint(d);
    } else {
        return false;
    }
    return pub.ok() && priv.ok();
}

QByteArray armour(const QByteArray &binary)
{
    const QByteArray encoded = binary.toBase64();
    QByteArray text = "-----BEGIN OPENSSH PRIVATE KEY-----\n";
    // ssh-keygen wraps at 70 columns; matching it keeps the result looking like its own output.
    for (qsizetype pos = 0; pos < encoded.size(); pos += 70)
        text += encoded.mid(pos, 70) + '\n';
    text += "-----END OPENSSH PRIVATE KEY-----\n";
    return text;
}

// An unencrypted "openssh-key-v1" file as described in OpenSSH's PROTOCOL.key.
QByteArray toOpenSsh(const PpkFile &ppk)
{
    SshWriter publicBlob;
    SshWriter section;
    const quint32 check = QRandomGenerator::global()->generate();
    section.writeUint32(check);
    section.writeUint32(check);
    if (!convertFields(ppk, publicBlob, section))
        return {};
    section.writeString(ppk.comment);
    for (char pad = 1; section.size() % 8 != 0; ++pad)
        section.writeRaw(QByteArrayView(&pad, 1));

    SshWriter file;
    file.writeRaw(QByteArrayView("openssh-key-v1\0", 15));
    file.writeString("none");
    file.writeString("none");
    file.writeString("");
    file.writeUint32(1);
    file.writeString(publicBlob.data());
    file.writeString(section.data());
    return armour(file.data());
}

} // namespace

void parsePuttyKey(const QByteArray &text, const QString &name, PrivateKey &key)
{
    key.format = PrivateKey::Format::Ppk;
    // The digit after "PuTTY-User-Key-File-".
    const char version = text.size() > 20 ? text.at(20) : '\0';
    if (version != '2' && version != '3') {
        key.error = QCoreApplication::translate("KeyFile",
                                                "“%1” is a PuTTY key in a format version this app "
                                                "cannot read. In PuTTYgen, load it and choose "
                                                "Conversions > Export OpenSSH key (force new file "
                                                "format).")
                        .arg(name);
        return;
    }
    PpkFile ppk;
    ppk.version = version - '0';
    const bool complete = readPpk(text, ppk);
    key.ppkVersion = ppk.version;
    key.algorithm = QString::fromLatin1(ppk.algorithm);
    if (!complete) {
        key.error = corruptMessage(name);
        return;
    }
    key.encrypted = ppk.encryption != "none";
    if (const QString problem = algorithmProblem(key.algorithm, name); !problem.isEmpty()) {
        key.error = problem;
        return;
    }
    if (key.encrypted) {
        const QString base = name.endsWith(u".ppk", Qt::CaseInsensitive)
                                 ? name.chopped(4)
                                 : name + u".openssh"_s;
        key.error = QCoreApplication::translate(
                        "KeyFile",
                        "“%1” is a passphrase-protected PuTTY key, which this app cannot read "
                        "directly. Convert it to an OpenSSH key: in PuTTYgen choose Load, then "
                        "Conversions > Export OpenSSH key (force new file format); or run "
                        "puttygen \"%1\" -O private-openssh-new -o \"%2\". The converted key can "
                        "keep the same passphrase.")
                        .arg(name, base);
        return;
    }
    if (expectedMac(ppk) != ppk.mac) {
        key.error = QCoreApplication::translate("KeyFile",
                                                "“%1” is corrupt or has been edited: its PuTTY "
                                                "integrity check (Private-MAC) does not match. "
                                                "Save the key again from PuTTYgen.")
                        .arg(name);
        return;
    }
    key.data = toOpenSsh(ppk);
    if (key.data.isEmpty())
        key.error = corruptMessage(name);
}

} // namespace wb::keyfile
