// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <optional>

namespace wb::csv {

enum class Encoding : quint8 {
    Utf8,    // with or without a byte-order mark
    Utf16LE, // a byte-order mark, when present, always overrides the choice
    Utf16BE,
    Windows1252, // no file can be proven to be these: the user picks them when UTF-8 fails
    Latin1,
};

QString encodingName(Encoding encoding);
// A name for settings and the command line: "utf-8", "utf-16le", "utf-16be", "windows-1252",
// "iso-8859-1".
QString encodingKey(Encoding encoding);
// Case, spaces and punctuation do not count ("Windows-1252", "windows1252"); "cp1252" and
// "latin1" are accepted too. Empty for a name it does not know.
std::optional<Encoding> encodingFromName(const QString &name);

struct CsvDialect
{
    char delimiter = ',';
    char quote = '"'; // '\0': no quoting, quote characters are ordinary data
    bool hasHeader = true;
    Encoding encoding = Encoding::Utf8;
};

// Why sniff() chose what it did, so that the UI can show it beside the settings it lets the
// user override. Confidences run from 0 (a guess) to 100 (certain).
struct SniffReport
{
    int encodingConfidence = 0;
    int delimiterConfidence = 0;
    int headerConfidence = 0;
    bool hasBom = false;
    QStringList reasons; // translated sentences: encoding, delimiter, header
};

inline constexpr qsizetype sniffSampleSize = 64 * 1024;

// sample: the start of the file, up to sniffSampleSize bytes. A last line without a line break
// is ignored (the sample probably cut it) unless it is the only one.
CsvDialect sniff(QByteArrayView sample, SniffReport *report = nullptr);

} // namespace wb::csv
