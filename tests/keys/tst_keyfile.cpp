// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostProcess.h"
#include "sftp/KeyFile.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using wb::PrivateKey;
using Format = wb::PrivateKey::Format;

Q_DECLARE_METATYPE(wb::PrivateKey::Format)

namespace {

const QString Passphrase = u"secret-pass"_s;
const QString Comment = u"wb-test-comment"_s;

// Built by hand rather than with the code under test, so that a bug there cannot hide here.
QByteArray sshUint32(quint32 value)
{
    QByteArray out(4, '\0');
    for (int i = 0; i < 4; ++i)
        out[i] = static_cast<char>((value >> (24 - 8 * i)) & 0xff);
    return out;
}

QByteArray sshString(const QByteArray &bytes)
{
    return sshUint32(static_cast<quint32>(bytes.size())) + bytes;
}

QByteArray pemArmour(const QByteArray &label, const QByteArray &binary)
{
    QByteArray text = "-----BEGIN " + label + "-----\n";
    const QByteArray encoded = binary.toBase64();
    for (qsizetype pos = 0; pos < encoded.size(); pos += 70)
        text += encoded.mid(pos, 70) + '\n';
    return text + "-----END " + label + "-----\n";
}

// An unencrypted openssh-key-v1 file around a hand-made key of the given type.
QByteArray syntheticOpenSsh(const QByteArray &type, quint32 keyCount = 1, quint32 check2 = 0x1234)
{
    const QByteArray pub = sshString(type) + sshString(QByteArray(32, 'p'));
    QByteArray section = sshUint32(0x1234) + sshUint32(check2) + pub
                         + sshString(QByteArray(32, 's') + QByteArray(32, 'p')) + sshString("c");
    for (char pad = 1; section.size() % 8 != 0; ++pad)
        section += pad;
    QByteArray file = QByteArray("openssh-key-v1\0", 15) + sshString("none") + sshString("none")
                      + sshString("") + sshUint32(keyCount);
    for (quint32 i = 0; i < keyCount; ++i)
        file += sshString(pub);
    return pemArmour("OPENSSH PRIVATE KEY", file + sshString(section));
}

// "type base64" of a public key line, without the comment.
QByteArray publicKeyCore(const QByteArray &line)
{
    const QList<QByteArray> fields = line.simplified().split(' ');
    return fields.size() >= 2 ? fields.at(0) + ' ' + fields.at(1) : QByteArray();
}

// The private section of an unencrypted openssh-key-v1 file after its random check integers:
// the key fields, comment and padding, which two files of the same key must share.
QByteArray privateFields(const QByteArray &pemText)
{
    QByteArray body;
    for (const QByteArray &line : pemText.split('\n')) {
        if (!line.startsWith("-----"))
            body += line.trimmed();
    }
    const QByteArray binary = QByteArray::fromBase64(body);
    qsizetype pos = 15; // "openssh-key-v1\0"
    auto next = [&]() {
        if (pos + 4 > binary.size())
            return QByteArray();
        quint32 size = 0;
        for (int i = 0; i < 4; ++i)
            size = (size << 8) | static_cast<quint8>(binary.at(pos++));
        const QByteArray field = binary.mid(pos, size);
        pos += size;
        return field;
    };
    next(); // cipher
    next(); // kdf
    next(); // kdf options
    pos += 4; // key count
    next(); // public key
    return next().mid(8);
}

} // namespace

class TestKeyFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void generatedKeys_data();
    void generatedKeys();
    void publicKeys_data();
    void publicKeys();
    void handMadeKeys_data();
    void handMadeKeys();
    void ppk_data();
    void ppk();
    void ppkDamaged_data();
    void ppkDamaged();
    void damagedFiles_data();
    void damagedFiles();
    void textVariants_data();
    void textVariants();
    void missingFolderAndOversized();
    void formatDescriptions();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString uniqueName(const QString &prefix) { return prefix + QString::number(++m_counter); }
    bool run(const QString &program, const QStringList &args, QByteArray *output = nullptr,
             const QString &stdinFile = {});
    bool makeKey(const QString &name, const QStringList &typeArgs, const QString &passphrase = {});
    bool writeFile(const QString &name, const QByteArray &content);
    QByteArray readFile(const QString &name) const;

    QTemporaryDir m_dir;
    QString m_sshKeygen;
    QString m_puttygen;
    QString m_failure;
    int m_counter = 0;
    QByteArray m_ed25519;  // an unencrypted OpenSSH ed25519 private key
    QByteArray m_pemRsa;   // an unencrypted PEM RSA private key
    QByteArray m_ppk;      // m_ed25519 as an unencrypted PPK version 3
    QByteArray m_certificate; // an OpenSSH certificate for m_ed25519
};

bool TestKeyFile::run(const QString &program, const QStringList &args, QByteArray *output,
                      const QString &stdinFile)
{
    // Through the host broker when there is one (a Windows build under Wine), so stdout and
    // stderr stay apart: some outputs (ssh-keygen -y, -e) are compared byte for byte.
    wb::test::HostRunOptions options;
    options.workingDirectory = m_dir.path();
    options.separateErrors = true;
    options.timeoutMs = 120000;
    if (!stdinFile.isEmpty()) {
        QFile in(stdinFile);
        if (!in.open(QIODevice::ReadOnly)) {
            m_failure = u"cannot read "_s + stdinFile;
            return false;
        }
        options.input = in.readAll();
    }
    const wb::test::HostResult result = wb::test::hostExecute(program, args, options);
    if (output)
        *output = result.output;
    if (result.succeeded())
        return true;
    m_failure = program + u' ' + args.join(u' ') + u" failed: "
                + QString::fromLocal8Bit(result.errors) + result.problem;
    return false;
}

bool TestKeyFile::makeKey(const QString &name, const QStringList &typeArgs,
                          const QString &passphrase)
{
    return run(m_sshKeygen, QStringList{u"-q"_s, u"-C"_s, Comment, u"-N"_s, passphrase, u"-f"_s,
                                        path(name)}
                                + typeArgs);
}

bool TestKeyFile::writeFile(const QString &name, const QByteArray &content)
{
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(content) != content.size()) {
        m_failure = u"cannot write "_s + file.fileName();
        return false;
    }
    file.close();
    // ssh-keygen refuses private keys that others can read (on the host, when it runs there).
    return wb::test::setPermissions(path(name), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QByteArray TestKeyFile::readFile(const QString &name) const
{
    QFile file(path(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestKeyFile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sshKeygen = wb::test::hostFindExecutable(u"ssh-keygen"_s);
    m_puttygen = wb::test::hostFindExecutable(u"puttygen"_s);
    if (m_sshKeygen.isEmpty())
        QFAIL("ssh-keygen is not on PATH; install openssh-client (the build root has it)");
    if (m_puttygen.isEmpty())
        QFAIL("puttygen is not on PATH; install putty-tools (the build root has it)");

    QVERIFY2(makeKey(u"base-ed25519"_s, {u"-t"_s, u"ed25519"_s}), qPrintable(m_failure));
    QVERIFY2(makeKey(u"base-rsa"_s, {u"-t"_s, u"rsa"_s, u"-b"_s, u"2048"_s, u"-m"_s, u"PEM"_s}),
             qPrintable(m_failure));
    QVERIFY2(run(m_puttygen, {path(u"base-ed25519"_s), u"-O"_s, u"private"_s, u"-o"_s,
                              path(u"base.ppk"_s), u"--ppk-param"_s, u"version=3"_s}),
             qPrintable(m_failure));
    QVERIFY2(makeKey(u"ca"_s, {u"-t"_s, u"ed25519"_s}), qPrintable(m_failure));
    QVERIFY2(run(m_sshKeygen, {u"-q"_s, u"-s"_s, path(u"ca"_s), u"-I"_s, u"test"_s,
                               path(u"base-ed25519.pub"_s)}),
             qPrintable(m_failure));
    m_ed25519 = readFile(u"base-ed25519"_s);
    m_pemRsa = readFile(u"base-rsa"_s);
    m_ppk = readFile(u"base.ppk"_s);
    m_certificate = readFile(u"base-ed25519-cert.pub"_s);
    QVERIFY(m_ed25519.startsWith("-----BEGIN OPENSSH PRIVATE KEY-----\n"));
    QVERIFY(m_pemRsa.startsWith("-----BEGIN RSA PRIVATE KEY-----\n"));
    QVERIFY(m_ppk.startsWith("PuTTY-User-Key-File-3: ssh-ed25519\n"));
    QVERIFY(m_certificate.startsWith("ssh-ed25519-cert-v01@openssh.com "));
}

void TestKeyFile::generatedKeys_data()
{
    QTest::addColumn<QStringList>("typeArgs");
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<Format>("format");
    QTest::addColumn<QString>("algorithm");

    const QStringList rsa{u"-t"_s, u"rsa"_s, u"-b"_s, u"2048"_s};
    const QStringList ec256{u"-t"_s, u"ecdsa"_s, u"-b"_s, u"256"_s};
    const QStringList ec384{u"-t"_s, u"ecdsa"_s, u"-b"_s, u"384"_s};
    const QStringList ec521{u"-t"_s, u"ecdsa"_s, u"-b"_s, u"521"_s};
    const QStringList pem{u"-m"_s, u"PEM"_s};
    const QStringList pkcs8{u"-m"_s, u"PKCS8"_s};
    const QString p256 = u"ecdsa-sha2-nistp256"_s;
    const QString p384 = u"ecdsa-sha2-nistp384"_s;
    const QString p521 = u"ecdsa-sha2-nistp521"_s;
    const QString rsaName = u"ssh-rsa"_s;
    const QString none;

    QTest::newRow("openssh ed25519") << QStringList{u"-t"_s, u"ed25519"_s} << QString()
                                     << Format::OpenSsh << u"ssh-ed25519"_s;
    QTest::newRow("openssh ed25519 passphrase") << QStringList{u"-t"_s, u"ed25519"_s} << Passphrase
                                                << Format::OpenSsh << u"ssh-ed25519"_s;
    QTest::newRow("openssh ecdsa 256") << ec256 << none << Format::OpenSsh << p256;
    QTest::newRow("openssh ecdsa 384") << ec384 << none << Format::OpenSsh << p384;
    QTest::newRow("openssh ecdsa 521") << ec521 << none << Format::OpenSsh << p521;
    QTest::newRow("openssh ecdsa 384 passphrase") << ec384 << Passphrase << Format::OpenSsh << p384;
    QTest::newRow("openssh rsa") << rsa << none << Format::OpenSsh << rsaName;
    QTest::newRow("openssh rsa passphrase") << rsa << Passphrase << Format::OpenSsh << rsaName;
    QTest::newRow("pem rsa") << rsa + pem << none << Format::PemRsa << rsaName;
    QTest::newRow("pem rsa passphrase") << rsa + pem << Passphrase << Format::PemRsa << rsaName;
    QTest::newRow("pem ecdsa 256") << ec256 + pem << none << Format::PemEc << p256;
    QTest::newRow("pem ecdsa 384") << ec384 + pem << none << Format::PemEc << p384;
    QTest::newRow("pem ecdsa 521") << ec521 + pem << none << Format::PemEc << p521;
    // The curve is inside the ciphertext, so it cannot be known.
    QTest::newRow("pem ecdsa passphrase") << ec256 + pem << Passphrase << Format::PemEc << none;
    QTest::newRow("pkcs8 rsa") << rsa + pkcs8 << none << Format::Pkcs8 << rsaName;
    QTest::newRow("pkcs8 ecdsa 256") << ec256 + pkcs8 << none << Format::Pkcs8 << p256;
    QTest::newRow("pkcs8 ecdsa 521") << ec521 + pkcs8 << none << Format::Pkcs8 << p521;
    QTest::newRow("pkcs8 rsa passphrase") << rsa + pkcs8 << Passphrase << Format::Pkcs8Encrypted
                                          << none;
    QTest::newRow("pkcs8 ecdsa passphrase") << ec256 + pkcs8 << Passphrase
                                            << Format::Pkcs8Encrypted << none;
}

void TestKeyFile::generatedKeys()
{
    QFETCH(QStringList, typeArgs);
    QFETCH(QString, passphrase);
    QFETCH(Format, format);
    QFETCH(QString, algorithm);

    const QString name = uniqueName(u"gen"_s);
    QVERIFY2(makeKey(name, typeArgs, passphrase), qPrintable(m_failure));
    const PrivateKey key = wb::readPrivateKey(path(name));
    QVERIFY2(key.isUsable(), qPrintable(key.error));
    QCOMPARE(key.format, format);
    QCOMPARE(key.algorithm, algorithm);
    QCOMPARE(key.encrypted, !passphrase.isEmpty());
    QCOMPARE(key.ppkVersion, 0);
    QCOMPARE(key.data, readFile(name));
}

void TestKeyFile::publicKeys_data()
{
    QTest::addColumn<QStringList>("typeArgs");
    QTest::addColumn<QString>("exportFormat"); // ssh-keygen -e -m value; empty: the .pub itself

    const QStringList ed{u"-t"_s, u"ed25519"_s};
    QTest::newRow("ed25519 .pub") << ed << QString();
    QTest::newRow("ecdsa .pub") << QStringList{u"-t"_s, u"ecdsa"_s} << QString();
    QTest::newRow("rsa .pub") << QStringList{u"-t"_s, u"rsa"_s, u"-b"_s, u"2048"_s} << QString();
    QTest::newRow("rfc4716 ssh2 public key") << ed << u"RFC4716"_s;
    QTest::newRow("pem public key") << QStringList{u"-t"_s, u"ecdsa"_s} << u"PKCS8"_s;
}

void TestKeyFile::publicKeys()
{
    QFETCH(QStringList, typeArgs);
    QFETCH(QString, exportFormat);

    const QString name = uniqueName(u"pub"_s);
    QVERIFY2(makeKey(name, typeArgs), qPrintable(m_failure));
    QString publicFile = name + u".pub"_s;
    if (!exportFormat.isEmpty()) {
        QByteArray exported;
        QVERIFY2(run(m_sshKeygen, {u"-e"_s, u"-m"_s, exportFormat, u"-f"_s, path(publicFile)},
                     &exported),
                 qPrintable(m_failure));
        publicFile = name + u".exported"_s;
        QVERIFY2(writeFile(publicFile, exported), qPrintable(m_failure));
    }
    const PrivateKey key = wb::readPrivateKey(path(publicFile));
    QCOMPARE(key.format, Format::PublicKey);
    QVERIFY(!key.isUsable());
    QVERIFY(key.data.isEmpty());
    QVERIFY2(key.error.contains(u"public key"), qPrintable(key.error));
    // A .pub file is answered with the name of the private key next to it.
    if (exportFormat.isEmpty())
        QVERIFY2(key.error.contains(QString(u"“"_s + name + u"”"_s)), qPrintable(key.error));
}

void TestKeyFile::handMadeKeys_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<Format>("format");
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<QString>("errorPart"); // empty: the key must be usable

    // The valid row shows the hand-made keys are well formed, so the others fail for their reason.
    QTest::newRow("valid ed25519") << syntheticOpenSsh("ssh-ed25519") << Format::OpenSsh
                                   << u"ssh-ed25519"_s << QString();
    QTest::newRow("openssh dsa") << syntheticOpenSsh("ssh-dss") << Format::OpenSsh << u"ssh-dss"_s
                                 << u"no longer accepts DSA"_s;
    QTest::newRow("security key") << syntheticOpenSsh("sk-ssh-ed25519@openssh.com")
                                  << Format::OpenSsh << u"sk-ssh-ed25519@openssh.com"_s
                                  << u"security key"_s;
    QTest::newRow("unknown type") << syntheticOpenSsh("ssh-ed448") << Format::OpenSsh
                                  << u"ssh-ed448"_s << u"cannot use"_s;
    QTest::newRow("check mismatch") << syntheticOpenSsh("ssh-ed25519", 1, 0x4321) << Format::OpenSsh
                                    << u"ssh-ed25519"_s << u"damaged"_s;
    QTest::newRow("two keys") << syntheticOpenSsh("ssh-ed25519", 2) << Format::OpenSsh
                              << u"ssh-ed25519"_s << u"2 keys"_s;
    // ssh-keygen no longer makes DSA keys, so this is a plausible PEM DSA key: SEQUENCE of six
    // INTEGERs (version, p, q, g, y, x).
    QByteArray dsaDer;
    for (int i = 0; i < 6; ++i)
        dsaDer += QByteArray("\x02\x01", 2) + char(i + 1);
    dsaDer.prepend(char(dsaDer.size())).prepend('\x30');
    QTest::newRow("pem dsa") << pemArmour("DSA PRIVATE KEY", dsaDer) << Format::PemDsa
                             << u"ssh-dss"_s << u"no longer accepts DSA"_s;
}

void TestKeyFile::handMadeKeys()
{
    QFETCH(QByteArray, content);
    QFETCH(Format, format);
    QFETCH(QString, algorithm);
    QFETCH(QString, errorPart);

    const PrivateKey key = wb::parsePrivateKey(content, u"synthetic"_s);
    QCOMPARE(key.format, format);
    QCOMPARE(key.algorithm, algorithm);
    QCOMPARE(key.error.isEmpty(), errorPart.isEmpty());
    QVERIFY2(key.error.contains(errorPart), qPrintable(key.error));
    if (errorPart.contains(u"DSA"))
        QVERIFY2(key.error.contains(u"ed25519"), qPrintable(key.error));
    QCOMPARE(key.data.isEmpty(), !errorPart.isEmpty());
}

void TestKeyFile::ppk_data()
{
    QTest::addColumn<QStringList>("typeArgs");
    QTest::addColumn<int>("version");
    QTest::addColumn<bool>("encrypted");
    QTest::addColumn<QString>("algorithm");

    const struct
    {
        const char *name;
        QStringList args;
        QString algorithm;
    } types[] = {
        {"ed25519", {u"-t"_s, u"ed25519"_s}, u"ssh-ed25519"_s},
        {"ecdsa 256", {u"-t"_s, u"ecdsa"_s, u"-b"_s, u"256"_s}, u"ecdsa-sha2-nistp256"_s},
        {"rsa", {u"-t"_s, u"rsa"_s, u"-b"_s, u"2048"_s}, u"ssh-rsa"_s},
    };
    for (const auto &type : types) {
        for (const int version : {2, 3}) {
            for (const bool encrypted : {false, true}) {
                QTest::addRow("%s v%d%s", type.name, version, encrypted ? " encrypted" : "")
                    << type.args << version << encrypted << type.algorithm;
            }
        }
    }
    for (const int bits : {384, 521}) {
        for (const int version : {2, 3}) {
            QTest::addRow("ecdsa %d v%d", bits, version)
                << QStringList{u"-t"_s, u"ecdsa"_s, u"-b"_s, QString::number(bits)} << version
                << false << QString(u"ecdsa-sha2-nistp"_s + QString::number(bits));
        }
    }
}

void TestKeyFile::ppk()
{
    QFETCH(QStringList, typeArgs);
    QFETCH(int, version);
    QFETCH(bool, encrypted);
    QFETCH(QString, algorithm);

    const QString name = uniqueName(u"ppk"_s);
    const QString ppkName = name + u".ppk"_s;
    QVERIFY2(makeKey(name, typeArgs), qPrintable(m_failure));
    QStringList args{path(name), u"-O"_s, u"private"_s, u"-o"_s, path(ppkName), u"--ppk-param"_s,
                     u"version="_s + QString::number(version)};
    if (encrypted) {
        QVERIFY(writeFile(u"passphrase.txt"_s, Passphrase.toUtf8() + '\n'));
        args << u"--new-passphrase"_s << path(u"passphrase.txt"_s);
    }
    QVERIFY2(run(m_puttygen, args), qPrintable(m_failure));
    const QByteArray header = "PuTTY-User-Key-File-" + QByteArray::number(version) + ": ";
    QVERIFY(readFile(ppkName).startsWith(header));

    const PrivateKey key = wb::readPrivateKey(path(ppkName));
    QCOMPARE(key.format, Format::Ppk);
    QCOMPARE(key.ppkVersion, version);
    QCOMPARE(key.algorithm, algorithm);
    QCOMPARE(key.encrypted, encrypted);
    if (encrypted) {
        QVERIFY(!key.isUsable());
        QVERIFY(key.data.isEmpty());
        for (const QString &part : {u"puttygen"_s, u"-O private-openssh-new"_s,
                                    u"Conversions > Export OpenSSH key"_s, u"passphrase"_s})
            QVERIFY2(key.error.contains(part), qPrintable(key.error));
        return;
    }
    QVERIFY2(key.isUsable(), qPrintable(key.error));
    QVERIFY(key.data.startsWith("-----BEGIN OPENSSH PRIVATE KEY-----\n"));
    QVERIFY(key.data.endsWith("\n-----END OPENSSH PRIVATE KEY-----\n"));
    for (const QByteArray &line : key.data.split('\n'))
        QVERIFY2(line.size() <= 70, line.constData());

    // ssh-keygen must load the converted key and derive the original public key from it...
    const QString converted = name + u".converted"_s;
    QVERIFY2(writeFile(converted, key.data), qPrintable(m_failure));
    QByteArray derived;
    QVERIFY2(run(m_sshKeygen, {u"-y"_s, u"-f"_s, path(converted)}, &derived),
             qPrintable(m_failure));
    const QByteArray original = readFile(name + u".pub"_s);
    QCOMPARE(publicKeyCore(derived), publicKeyCore(original));
    QVERIFY(!publicKeyCore(original).isEmpty());
    QCOMPARE(derived.simplified().split(' ').value(2), Comment.toUtf8());

    // ...and a signature made with its private half must verify against the original public key.
    QVERIFY(writeFile(u"message.txt"_s, "signed by the converted key\n"));
    QFile::remove(path(u"message.txt.sig"_s));
    QVERIFY2(run(m_sshKeygen, {u"-Y"_s, u"sign"_s, u"-f"_s, path(converted), u"-n"_s, u"wbtest"_s,
                               path(u"message.txt"_s)}),
             qPrintable(m_failure));
    QVERIFY2(run(m_sshKeygen, {u"-Y"_s, u"check-novalidate"_s, u"-n"_s, u"wbtest"_s, u"-f"_s,
                               path(name + u".pub"_s), u"-s"_s, path(u"message.txt.sig"_s)},
                 nullptr, path(u"message.txt"_s)),
             qPrintable(m_failure));

    // PuTTY kept every private field, so the key must come out exactly as ssh-keygen wrote it.
    const QByteArray fields = privateFields(key.data);
    QVERIFY(fields.size() > 64);
    QCOMPARE(fields.toHex(), privateFields(readFile(name)).toHex());

    const PrivateKey reparsed = wb::parsePrivateKey(key.data, converted);
    QVERIFY2(reparsed.isUsable(), qPrintable(reparsed.error));
    QCOMPARE(reparsed.format, Format::OpenSsh);
    QCOMPARE(reparsed.algorithm, algorithm);
}

void TestKeyFile::ppkDamaged_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("errorPart");

    const QList<QByteArray> lines = m_ppk.split('\n');
    auto lineStarting = [&](const QByteArray &prefix) {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines.at(i).startsWith(prefix))
                return i;
        }
        return qsizetype(-1);
    };
    auto edited = [&](qsizetype index, auto edit) {
        QList<QByteArray> copy = lines;
        edit(copy[index]);
        return copy.join('\n');
    };
    const QString mac = u"Private-MAC"_s;
    const QString damaged = u"damaged or incomplete"_s;

    QTest::newRow("mac digit changed")
        << edited(lineStarting("Private-MAC: "),
                  [](QByteArray &line) { line.back() = line.back() == '0' ? '1' : '0'; })
        << mac;
    QTest::newRow("comment edited")
        << edited(lineStarting("Comment: "), [](QByteArray &line) { line += 'x'; }) << mac;
    // The second public line is pure key material, so this changes the key, not the type.
    QTest::newRow("public key edited")
        << edited(lineStarting("Public-Lines: ") + 2,
                  [](QByteArray &line) { line[0] = line[0] == 'A' ? 'B' : 'A'; })
        << mac;
    QTest::newRow("private base64 broken")
        << QByteArray(m_ppk).replace("Private-Lines: 1\n", "Private-Lines: 1\n!") << damaged;
    QTest::newRow("mac line missing")
        << QByteArray(m_ppk).replace(m_ppk.indexOf("Private-MAC"), 12, "X") << damaged;
    QTest::newRow("cut after public key") << m_ppk.left(m_ppk.indexOf("Private-Lines")) << damaged;
    QTest::newRow("version 1")
        << QByteArray(m_ppk).replace("PuTTY-User-Key-File-3", "PuTTY-User-Key-File-1")
        << u"format version"_s;
    QTest::newRow("version 2 header on version 3 mac")
        << QByteArray(m_ppk).replace("PuTTY-User-Key-File-3", "PuTTY-User-Key-File-2") << mac;
}

void TestKeyFile::ppkDamaged()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, errorPart);

    QVERIFY(content != m_ppk);
    QVERIFY(wb::parsePrivateKey(m_ppk, u"good.ppk"_s).isUsable());
    const PrivateKey key = wb::parsePrivateKey(content, u"bad.ppk"_s);
    QCOMPARE(key.format, Format::Ppk);
    QVERIFY(!key.isUsable());
    QVERIFY(key.data.isEmpty());
    QVERIFY2(key.error.contains(errorPart), qPrintable(key.error));
    QVERIFY2(key.error.contains(u"bad.ppk"), qPrintable(key.error));
}

void TestKeyFile::damagedFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("errorPart");

    QList<QByteArray> opensshLines = m_ed25519.split('\n');
    QList<QByteArray> rsaLines = m_pemRsa.split('\n');
    QVERIFY(opensshLines.size() > 5 && rsaLines.size() > 10);

    QList<QByteArray> badChar = opensshLines;
    badChar[2].insert(10, '!');
    QTest::newRow("openssh bad base64") << badChar.join('\n') << u"not valid base64"_s;
    QList<QByteArray> cut = opensshLines;
    cut.remove(cut.size() - 3); // the last line of the body
    QTest::newRow("openssh body cut") << cut.join('\n') << u"damaged"_s;
    QTest::newRow("openssh end line missing")
        << m_ed25519.left(m_ed25519.indexOf("-----END")) << u"cut short"_s;
    QList<QByteArray> rsaCut = rsaLines;
    rsaCut.remove(5); // a whole 64-column line: still valid base64, but the DER is short
    QTest::newRow("pem rsa body cut") << rsaCut.join('\n') << u"damaged or cut short"_s;
    QList<QByteArray> rsaBad = rsaLines;
    rsaBad[3].replace(0, 1, "*");
    QTest::newRow("pem rsa bad base64") << rsaBad.join('\n') << u"not valid base64"_s;

    QByteArray der;
    for (qsizetype i = 1; i + 2 < rsaLines.size(); ++i)
        der += rsaLines.at(i);
    QTest::newRow("der key") << QByteArray::fromBase64(der) << u"DER"_s;
    QByteArray garbage(512, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 73 + 11) % 256);
    QTest::newRow("binary garbage") << garbage << u"binary data"_s;
    const QString text = QString::fromLatin1(m_ed25519);
    const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QTest::newRow("utf-16") << QByteArray("\xff\xfe" + utf16) << u"UTF-16"_s;
    QTest::newRow("empty") << QByteArray() << u"is empty"_s;
    QTest::newRow("whitespace only") << QByteArray(" \r\n\t\n") << u"is empty"_s;
    QTest::newRow("bom only") << QByteArray("\xef\xbb\xbf\n") << u"is empty"_s;
    QTest::newRow("plain text") << QByteArray("hello, this is not a key\n")
                                << u"not a private key"_s;
    QTest::newRow("ssh certificate") << m_certificate << u"SSH certificate"_s;
    QTest::newRow("x509 certificate") << pemArmour("CERTIFICATE", "\x30\x03\x02\x01\x01")
                                      << u"X.509"_s;
    QTest::newRow("pgp key") << pemArmour("PGP PRIVATE KEY BLOCK", "not really") << u"PGP"_s;
    QTest::newRow("unknown pem block") << pemArmour("SOMETHING ELSE", "x") << u"SOMETHING ELSE"_s;
    QTest::newRow("ssh.com private key")
        << QByteArray("---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nP2/56wAAAA==\n"
                      "---- END SSH2 ENCRYPTED PRIVATE KEY ----\n")
        << u"private-openssh-new"_s;
}

void TestKeyFile::damagedFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, errorPart);

    const QString name = uniqueName(u"damaged"_s);
    QVERIFY2(writeFile(name, content), qPrintable(m_failure));
    const PrivateKey key = wb::readPrivateKey(path(name));
    QVERIFY(!key.isUsable());
    QVERIFY(key.data.isEmpty());
    QVERIFY2(key.error.contains(errorPart), qPrintable(key.error));
    QVERIFY2(key.error.contains(name), qPrintable(key.error));
}

void TestKeyFile::textVariants_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<Format>("format");
    QTest::addColumn<QByteArray>("expectedData"); // empty: only checked to be clean

    const QByteArray bom("\xef\xbb\xbf");
    QByteArray crlf = m_ed25519;
    crlf.replace("\n", "\r\n");
    QTest::newRow("openssh crlf") << crlf << Format::OpenSsh << m_ed25519;
    QTest::newRow("openssh bom") << QByteArray(bom + m_ed25519) << Format::OpenSsh << m_ed25519;
    QTest::newRow("openssh surrounding whitespace")
        << QByteArray("\n  \t\n" + m_ed25519 + "\n\n  ") << Format::OpenSsh << m_ed25519;
    QTest::newRow("openssh bom crlf whitespace")
        << QByteArray(bom + "\r\n  " + crlf + "\r\n\r\n") << Format::OpenSsh << m_ed25519;
    QTest::newRow("openssh no final newline")
        << m_ed25519.chopped(1) << Format::OpenSsh << m_ed25519;
    QByteArray rsaCrlf = m_pemRsa;
    rsaCrlf.replace("\n", "\r\n");
    QTest::newRow("pem rsa bom crlf") << QByteArray(bom + rsaCrlf) << Format::PemRsa << m_pemRsa;
    QByteArray ppkCrlf = m_ppk;
    ppkCrlf.replace("\n", "\r\n");
    QTest::newRow("ppk crlf") << ppkCrlf << Format::Ppk << QByteArray();
    QTest::newRow("ppk bom") << QByteArray(bom + m_ppk) << Format::Ppk << QByteArray();
}

void TestKeyFile::textVariants()
{
    QFETCH(QByteArray, content);
    QFETCH(Format, format);
    QFETCH(QByteArray, expectedData);

    const QString name = uniqueName(u"variant"_s);
    QVERIFY2(writeFile(name, content), qPrintable(m_failure));
    const PrivateKey key = wb::readPrivateKey(path(name));
    QVERIFY2(key.isUsable(), qPrintable(key.error));
    QCOMPARE(key.format, format);
    QVERIFY(!key.algorithm.isEmpty());
    QVERIFY(!key.data.contains('\r'));
    QVERIFY(key.data.startsWith("-----BEGIN "));
    if (!expectedData.isEmpty())
        QCOMPARE(key.data, expectedData);
    else
        QCOMPARE(wb::parsePrivateKey(key.data, name).format, Format::OpenSsh);
}

void TestKeyFile::missingFolderAndOversized()
{
    const PrivateKey missing = wb::readPrivateKey(path(u"no-such-key"_s));
    QVERIFY(!missing.isUsable());
    QVERIFY2(missing.error.contains(u"does not exist"), qPrintable(missing.error));
    QVERIFY2(missing.error.contains(u"no-such-key"), qPrintable(missing.error));

    const PrivateKey folder = wb::readPrivateKey(m_dir.path());
    QVERIFY(!folder.isUsable());
    QVERIFY2(folder.error.contains(u"folder"), qPrintable(folder.error));

    QVERIFY(writeFile(u"huge"_s, QByteArray(1024 * 1024, 'A')));
    const PrivateKey huge = wb::readPrivateKey(path(u"huge"_s));
    QVERIFY(!huge.isUsable());
    QVERIFY(huge.data.isEmpty());
    QVERIFY2(huge.error.contains(u"too large"), qPrintable(huge.error));
}

void TestKeyFile::formatDescriptions()
{
    QSet<QString> seen;
    for (const Format format : {Format::Unknown, Format::OpenSsh, Format::PemRsa, Format::PemEc,
                                Format::PemDsa, Format::Pkcs8, Format::Pkcs8Encrypted, Format::Ppk,
                                Format::PublicKey}) {
        PrivateKey key;
        key.format = format;
        key.ppkVersion = 3;
        const QString description = wb::formatDescription(key);
        QVERIFY(!description.isEmpty());
        QVERIFY2(!seen.contains(description), qPrintable(description));
        seen.insert(description);
    }
    PrivateKey ppk;
    ppk.format = Format::Ppk;
    ppk.ppkVersion = 2;
    QCOMPARE(wb::formatDescription(ppk), u"PuTTY key (version 2)"_s);
    QCOMPARE(wb::formatDescription(wb::parsePrivateKey(m_ed25519, {})), u"OpenSSH private key"_s);
}

QTEST_GUILESS_MAIN(TestKeyFile)
#include "tst_keyfile.moc"
