// SPDX-License-Identifier: GPL-3.0-or-later
#include "sftp/KeyFile.h"

#include "sftp/PuttyKey.h"
#include "sftp/SshWire.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QList>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

// The largest RSA keys people use are around 12 KiB as PEM; anything far bigger is not a key,
// and reading it whole would only waste memory.
constexpr qint64 MaxKeyFileSize = 256 * 1024;

using Format = PrivateKey::Format;

QString damagedMessage(const QString &name)
{
    return QCoreApplication::translate("KeyFile",
                                       "“%1” is damaged or cut short: the key data inside it does "
                                       "not hold together. Copy the key file again, without "
                                       "changes.")
        .arg(name);
}

QString badBase64Message(const QString &name)
{
    return QCoreApplication::translate("KeyFile",
                                       "“%1” is damaged: the text between its BEGIN and END lines "
                                       "is not valid base64. Copy the key file again, without "
                                       "changes.")
        .arg(name);
}

QString publicKeyMessage(const QString &name)
{
    if (name.endsWith(u".pub") && name.size() > 4) {
        return QCoreApplication::translate("KeyFile",
                                           "“%1” is the public key. The private key belongs here: "
                                           "choose the matching file without .pub, “%2”.")
            .arg(name, name.chopped(4));
    }
    return QCoreApplication::translate("KeyFile",
                                       "“%1” is a public key, not a private key. Choose the "
                                       "matching private key file; it usually has the same name "
                                       "without .pub.")
        .arg(name);
}

// Minimal DER walking: enough to find the algorithm and curve identifiers and to notice a
// body that was cut short, without pulling in a crypto library.
class DerReader
{
public:
    explicit DerReader(QByteArrayView data) : m_data(data) {}

    bool read(quint8 expectedTag, QByteArrayView &content)
    {
        if (m_pos + 2 > m_data.size() || static_cast<quint8>(m_data.at(m_pos)) != expectedTag)
            return false;
        qsizetype length = static_cast<quint8>(m_data.at(m_pos + 1));
        qsizetype pos = m_pos + 2;
        if (length & 0x80) {
            const int octets = length & 0x7f;
            if (octets < 1 || octets > 3 || pos + octets > m_data.size())
                return false;
            length = 0;
            for (int i = 0; i < octets; ++i)
                length = (length << 8) | static_cast<quint8>(m_data.at(pos++));
        }
        if (length > m_data.size() - pos)
            return false;
        content = m_data.sliced(pos, length);
        m_pos = pos + length;
        return true;
    }

    bool atEnd() const { return m_pos == m_data.size(); }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
};

constexpr quint8 DerInteger = 0x02;
constexpr quint8 DerOctetString = 0x04;
constexpr quint8 DerOid = 0x06;
constexpr quint8 DerSequence = 0x30;
constexpr quint8 DerContext0 = 0xa0;

// A DER body is whole when it is exactly one SEQUENCE with nothing after it.
bool isWholeSequence(QByteArrayView der, QByteArrayView &content)
{
    DerReader reader(der);
    return reader.read(DerSequence, content) && reader.atEnd();
}

QString curveAlgorithm(QByteArrayView oid)
{
    if (oid == QByteArrayView("\x2a\x86\x48\xce\x3d\x03\x01\x07"))
        return u"ecdsa-sha2-nistp256"_s;
    if (oid == QByteArrayView("\x2b\x81\x04\x00\x22", 5))
        return u"ecdsa-sha2-nistp384"_s;
    if (oid == QByteArrayView("\x2b\x81\x04\x00\x23", 5))
        return u"ecdsa-sha2-nistp521"_s;
    return {};
}

// The SSH algorithm name of an unencrypted PKCS #8 PrivateKeyInfo, or empty if unknown.
QString pkcs8Algorithm(QByteArrayView sequence)
{
    DerReader info(sequence);
    QByteArrayView version, algorithmId, oid;
    if (!info.read(DerInteger, version) || !info.read(DerSequence, algorithmId))
        return {};
    DerReader id(algorithmId);
    if (!id.read(DerOid, oid))
        return {};
    if (oid == QByteArrayView("\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01"))
        return u"ssh-rsa"_s;
    if (oid == QByteArrayView("\x2b\x65\x70"))
        return u"ssh-ed25519"_s;
    if (oid == QByteArrayView("\x2a\x86\x48\xce\x38\x04\x01"))
        return u"ssh-dss"_s;
    if (oid == QByteArrayView("\x2a\x86\x48\xce\x3d\x02\x01")) {
        QByteArrayView curve;
        return id.read(DerOid, curve) ? curveAlgorithm(curve) : QString();
    }
    return {};
}

// The curve of an RFC 5915 ECPrivateKey, from its optional [0] parameters.
QString ecAlgorithm(QByteArrayView sequence)
{
    DerReader key(sequence);
    QByteArrayView version, secret, parameters, oid;
    if (!key.read(DerInteger, version) || !key.read(DerOctetString, secret)
        || !key.read(DerContext0, parameters))
        return {};
    DerReader params(parameters);
    return params.read(DerOid, oid) ? curveAlgorithm(oid) : QString();
}

void parseOpenSsh(const QByteArray &binary, const QString &name, PrivateKey &key)
{
    key.format = Format::OpenSsh;
    static constexpr QByteArrayView magic("openssh-key-v1\0", 15);
    if (!binary.startsWith(magic)) {
        key.error = damagedMessage(name);
        return;
    }
    SshReader reader(QByteArrayView(binary).sliced(magic.size()));
    const QByteArray cipher = reader.readString();
    reader.readString(); // kdf name
    reader.readString(); // kdf options
    const quint32 keyCount = reader.readUint32();
    const QByteArray publicBlob = reader.readString();
    for (quint32 i = 1; i < keyCount && reader.ok(); ++i)
        reader.readString();
    const QByteArray privateSection = reader.readString();
    const QByteArray type = SshReader(publicBlob).readString();
    if (!reader.ok() || keyCount == 0 || type.isEmpty()) {
        key.error = damagedMessage(name);
        return;
    }
    key.algorithm = QString::fromLatin1(type);
    key.encrypted = cipher != "none";
    if (!key.encrypted) {
        // The two check integers only match if the section was decoded intact.
        SshReader section(privateSection);
        const quint32 check1 = section.readUint32();
        const quint32 check2 = section.readUint32();
        if (section.readString() != type || !section.ok() || check1 != check2) {
            key.error = damagedMessage(name);
            return;
        }
    }
    if (keyCount != 1) {
        key.error = QCoreApplication::translate("KeyFile",
                                                "“%1” holds %2 keys; only files with a single key "
                                                "can be used.")
                        .arg(name)
                        .arg(keyCount);
        return;
    }
    key.error = keyfile::algorithmProblem(key.algorithm, name);
}

// Interprets one PEM block; lines are the trimmed lines from BEGIN to END inclusive.
void parsePem(const QByteArray &label, const QList<QByteArray> &lines, const QString &name,
              PrivateKey &key)
{
    if (label == "PUBLIC KEY" || label == "RSA PUBLIC KEY" || label == "SSH2 PUBLIC KEY") {
        key.format = Format::PublicKey;
        key.error = publicKeyMessage(name);
        return;
    }
    if (label == "CERTIFICATE" || label == "TRUSTED CERTIFICATE" || label == "X509 CRL"
        || label.endsWith("CERTIFICATE REQUEST")) {
        key.error = QCoreApplication::translate("KeyFile",
                                                "“%1” holds an X.509 certificate, not an SSH "
                                                "private key. Choose the private key file instead.")
                        .arg(name);
        return;
    }
    if (label.startsWith("PGP ")) {
        key.error = QCoreApplication::translate("KeyFile",
                                                "“%1” is a PGP key, not an SSH key. Choose an SSH "
                                                "private key, or make one with ssh-keygen -t "
                                                "ed25519.")
                        .arg(name);
        return;
    }

    static const QList<std::pair<QByteArray, Format>> formats = {
        {"OPENSSH PRIVATE KEY", Format::OpenSsh},
        {"RSA PRIVATE KEY", Format::PemRsa},
        {"EC PRIVATE KEY", Format::PemEc},
        {"DSA PRIVATE KEY", Format::PemDsa},
        {"PRIVATE KEY", Format::Pkcs8},
        {"ENCRYPTED PRIVATE KEY", Format::Pkcs8Encrypted},
    };
    const auto known = std::find_if(formats.cbegin(), formats.cend(),
                                    [&](const auto &entry) { return entry.first == label; });
    if (known == formats.cend()) {
        key.error = QCoreApplication::translate("KeyFile",
                                                "“%1” holds a “%2” block, which is not a private "
                                                "key format this app can use.")
                        .arg(name, QString::fromLatin1(label));
        return;
    }
    key.format = known->second;

    QByteArray body;
    for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        // RFC 1421 headers such as "Proc-Type: 4,ENCRYPTED"; base64 never contains a colon.
        if (line.contains(':')) {
            if (line.startsWith("Proc-Type:") && line.contains("ENCRYPTED"))
                key.encrypted = true;
            continue;
        }
        body += line;
    }
    body.replace(' ', QByteArray()).replace('\t', QByteArray());
    auto decoded = QByteArray::fromBase64Encoding(body, QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok
        || decoded.decoded.isEmpty()) {
        key.error = badBase64Message(name);
        return;
    }
    const QByteArray &der = decoded.decoded;

    switch (key.format) {
    case Format::OpenSsh:
        parseOpenSsh(der, name, key);
        return;
    case Format::PemDsa:
        key.algorithm = u"ssh-dss"_s;
        key.error = keyfile::algorithmProblem(key.algorithm, name);
        return;
    case Format::Pkcs8Encrypted:
        key.encrypted = true;
        break;
    default:
        break;
    }
    if (key.format == Format::PemRsa)
        key.algorithm = u"ssh-rsa"_s;
    // An encrypted PEM body is ciphertext, so there is no DER structure to check.
    if (key.encrypted && key.format != Format::Pkcs8Encrypted)
        return;
    QByteArrayView sequence;
    if (!isWholeSequence(der, sequence)) {
        key.error = damagedMessage(name);
        return;
    }
    if (key.format == Format::PemEc)
        key.algorithm = ecAlgorithm(sequence);
    else if (key.format == Format::Pkcs8)
        key.algorithm = pkcs8Algorithm(sequence);
    if (!key.algorithm.isEmpty())
        key.error = keyfile::algorithmProblem(key.algorithm, name);
}

bool isBinary(QByteArrayView bytes)
{
    for (const char c : bytes) {
        const auto byte = static_cast<quint8>(c);
        if ((byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f'
             && byte != '\v')
            || byte == 0x7f)
            return true;
    }
    return false;
}

QString binaryMessage(QByteArrayView bytes, const QString &name)
{
    if (bytes.startsWith("\xff\xfe") || bytes.startsWith("\xfe\xff")) {
        return QCoreApplication::translate("KeyFile",
                                           "“%1” was saved as UTF-16 text. Save it again as plain "
                                           "text (UTF-8 or ASCII).")
            .arg(name);
    }
    QByteArrayView sequence;
    if (isWholeSequence(bytes, sequence)) {
        return QCoreApplication::translate("KeyFile",
                                           "“%1” is a binary (DER) key. Convert it to PEM text "
                                           "first, for example with: openssl pkey -inform DER -in "
                                           "\"%1\" -out key.pem")
            .arg(name);
    }
    return QCoreApplication::translate("KeyFile",
                                       "“%1” is not a key file: it holds binary data, not text.")
        .arg(name);
}

// "ssh-ed25519 AAAA... comment" and the like, as in .pub and authorized_keys files.
bool isPublicKeyLine(const QByteArray &line, bool &certificate)
{
    const QList<QByteArray> fields = line.simplified().split(' ');
    if (fields.size() < 2 || !fields.at(1).startsWith("AAAA"))
        return false;
    const QByteArray &type = fields.at(0);
    certificate = type.endsWith("-cert-v01@openssh.com");
    return type.startsWith("ssh-") || type.startsWith("ecdsa-sha2-") || type.startsWith("sk-");
}

void parseText(const QByteArray &text, const QString &name, PrivateKey &key)
{
    if (text.startsWith("PuTTY-User-Key-File-")) {
        keyfile::parsePuttyKey(text, name, key);
        return;
    }
    QList<QByteArray> lines = text.split('\n');
    for (QByteArray &line : lines)
        line = line.trimmed();

    bool certificate = false;
    if (isPublicKeyLine(lines.constFirst(), certificate)) {
        if (certificate) {
            key.error = QCoreApplication::translate("KeyFile",
                                                    "“%1” is an SSH certificate, not a private "
                                                    "key. Choose the private key it was issued "
                                                    "for: the file without -cert.pub.")
                            .arg(name);
        } else {
            key.format = Format::PublicKey;
            key.error = publicKeyMessage(name);
        }
        return;
    }
    if (lines.constFirst().startsWith("---- BEGIN SSH2 PUBLIC KEY")) {
        key.format = Format::PublicKey;
        key.error = publicKeyMessage(name);
        return;
    }
    if (lines.constFirst().startsWith("---- BEGIN SSH2 ENCRYPTED PRIVATE KEY")) {
        key.error = QCoreApplication::translate("KeyFile",
                                                "“%1” is an ssh.com (SSH2) private key, which "
                                                "this app cannot read. Convert it with PuTTYgen: "
                                                "puttygen \"%1\" -O private-openssh-new -o key")
                        .arg(name);
        return;
    }

    // Skip text before the first block and "EC PARAMETERS" blocks, as OpenSSL does.
    for (qsizetype begin = 0; begin < lines.size(); ++begin) {
        const QByteArray &line = lines.at(begin);
        if (!line.startsWith("-----BEGIN ") || !line.endsWith("-----") || line.size() < 16)
            continue;
        const QByteArray label = line.sliced(11, line.size() - 16);
        const QByteArray endLine = "-----END " + label + "-----";
        const qsizetype end = lines.indexOf(endLine, begin + 1);
        if (label == "EC PARAMETERS" && end > 0) {
            begin = end;
            continue;
        }
        if (end < 0) {
            key.error = QCoreApplication::translate("KeyFile",
                                                    "“%1” is cut short: its “%2” line is missing. "
                                                    "Copy the whole key file again.")
                            .arg(name, QString::fromLatin1(endLine));
            return;
        }
        parsePem(label, lines.sliced(begin, end - begin + 1), name, key);
        return;
    }
    key.error = QCoreApplication::translate("KeyFile",
                                            "“%1” is not a private key this app recognises. "
                                            "Expected an OpenSSH, PEM or PuTTY (.ppk) private key.")
                    .arg(name);
}

} // namespace

namespace keyfile {

QString algorithmProblem(const QString &algorithm, const QString &name)
{
    if (algorithm == u"ssh-ed25519" || algorithm == u"ssh-rsa"
        || algorithm == u"ecdsa-sha2-nistp256" || algorithm == u"ecdsa-sha2-nistp384"
        || algorithm == u"ecdsa-sha2-nistp521")
        return {};
    if (algorithm == u"ssh-dss") {
        return QCoreApplication::translate("KeyFile",
                                           "“%1” is a DSA key. OpenSSH no longer accepts DSA keys, "
                                           "so it cannot log in. Make an ed25519 key instead "
                                           "(ssh-keygen -t ed25519) and add its public key to the "
                                           "server.")
            .arg(name);
    }
    if (algorithm.startsWith(u"sk-")) {
        return QCoreApplication::translate("KeyFile",
                                           "“%1” belongs to a hardware security key (FIDO), which "
                                           "this app cannot use. Make an ordinary ed25519 key "
                                           "instead (ssh-keygen -t ed25519).")
            .arg(name);
    }
    return QCoreApplication::translate("KeyFile",
                                       "“%1” is a %2 key, which this app cannot use. Make an "
                                       "ed25519 key instead (ssh-keygen -t ed25519).")
        .arg(name, algorithm);
}

} // namespace keyfile

PrivateKey readPrivateKey(const QString &path)
{
    PrivateKey key;
    const QFileInfo info(path);
    if (!info.exists()) {
        key.error = QCoreApplication::translate("KeyFile", "The key file “%1” does not exist.")
                        .arg(path);
        return key;
    }
    if (info.isDir()) {
        key.error = QCoreApplication::translate("KeyFile", "“%1” is a folder, not a key file.")
                        .arg(path);
        return key;
    }
    if (info.size() > MaxKeyFileSize) {
        key.error = QCoreApplication::translate("KeyFile",
                                                "“%1” is too large to be a private key file.")
                        .arg(path);
        return key;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        key.error = QCoreApplication::translate("KeyFile", "Cannot read the key file “%1”: %2")
                        .arg(path, file.errorString());
        return key;
    }
    // Read one byte past the limit so that a file that grew after the size check is caught.
    const QByteArray content = file.read(MaxKeyFileSize + 1);
    if (content.size() > MaxKeyFileSize) {
        key.error = QCoreApplication::translate("KeyFile",
                                                "“%1” is too large to be a private key file.")
                        .arg(path);
        return key;
    }
    return parsePrivateKey(content, path);
}

PrivateKey parsePrivateKey(const QByteArray &content, const QString &fileName)
{
    PrivateKey key;
    const QString name = fileName.isEmpty() ? QCoreApplication::translate("KeyFile", "The key")
                                            : QFileInfo(fileName).fileName();
    QByteArray text = content;
    if (text.startsWith("\xef\xbb\xbf"))
        text.remove(0, 3);
    if (text.trimmed().isEmpty()) {
        key.error = QCoreApplication::translate("KeyFile", "“%1” is empty.").arg(name);
        return key;
    }
    if (isBinary(text)) {
        key.error = binaryMessage(text, name);
        return key;
    }
    // libssh2 and OpenSSL stumble over a BOM or CR characters that editors on Windows add, so
    // hand them the cleaned text rather than the file as is.
    text.replace("\r\n", "\n").replace('\r', '\n');
    text = text.trimmed() + '\n';
    key.data = text;
    parseText(text.chopped(1), name, key);
    if (!key.isUsable())
        key.data.clear();
    return key;
}

QString formatDescription(const PrivateKey &key)
{
    switch (key.format) {
    case Format::OpenSsh:
        return QCoreApplication::translate("KeyFile", "OpenSSH private key");
    case Format::PemRsa:
        return QCoreApplication::translate("KeyFile", "PEM RSA private key");
    case Format::PemEc:
        return QCoreApplication::translate("KeyFile", "PEM EC private key");
    case Format::PemDsa:
        return QCoreApplication::translate("KeyFile", "PEM DSA private key");
    case Format::Pkcs8:
        return QCoreApplication::translate("KeyFile", "PKCS #8 private key");
    case Format::Pkcs8Encrypted:
        return QCoreApplication::translate("KeyFile", "Encrypted PKCS #8 private key");
    case Format::Ppk:
        return QCoreApplication::translate("KeyFile", "PuTTY key (version %1)").arg(key.ppkVersion);
    case Format::PublicKey:
        return QCoreApplication::translate("KeyFile", "Public key");
    case Format::Unknown:
        break;
    }
    return QCoreApplication::translate("KeyFile", "Unknown key format");
}

} // namespace wb
