// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/FieldType.h"
#include "formats/HeaderMap.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wb {

class Workspace;

// How a connection's fetch takes in the files one pattern matches: from subfolders to a
// depth, into a dataset, with dates in an order, and what becomes of the file on the server
// afterwards. A connection's rules are tried in order; the first that matches a file applies,
// and a file none matches is recognised as ever.
struct IntakeRule
{
    enum class After { Keep, Delete, Archive };

    qint64 id = 0;
    qint64 connectionId = 0;
    QString pattern;      // a glob: "*.csv", "export_*.csv"; with a '/', matched against the path
                          // under the read path ("*/opens_*.csv"), else against the file name
    int subfolders = 0;   // how deep under the read path it looks (0: the read path only)
    QString dataset;      // empty: recognised from the name and header
    DateOrder dateOrder = DateOrder::Unknown;
    After after = After::Keep; // keep by default: Full Measure re-delivers whole files
    QString archiveDir;   // for Archive: relative to the read path, or absolute
    // How its files are read, where detection would get them wrong (a platform's settings).
    char separator = 0;            // ',', ';', '\t' or '|'; 0: detected
    QString encoding;              // csv::encodingKey(): "windows-1252", ...; empty: UTF-8
    std::optional<bool> hasHeader; // unset: detected (a map naming only positions: no header)
    HeaderMap headerMap;           // their headers (or column positions) -> the dataset's fields
    QString headerMapFile;         // the file name the map was read from, for people

    // Every problem with the rule, as sentences; empty when it can be used.
    QStringList problems() const;
    // True when `relativePath` ("opens.csv", "2026/11/opens.csv") is the rule's.
    bool matches(const QString &relativePath) const;
    QString afterText() const; // "keep", "delete", "archive=DIR"
    static bool afterFromText(const QString &text, After *after, QString *archiveDir);
    // "comma", "semicolon", "tab", "pipe"; fromName also takes the characters and "\t".
    static QString separatorName(char separator);
    static bool separatorFromName(const QString &name, char *separator);
};

// The rules of one connection, in order, by its id: they follow a rename and go with it.
class IntakeRuleStore
{
public:
    explicit IntakeRuleStore(Workspace &workspace);

    QList<IntakeRule> list(qint64 connectionId) const;
    bool add(IntakeRule &rule, QString *error);         // at the end of the list
    bool remove(qint64 connectionId, int index, QString *error); // 1-based, as listed
    // Puts rule `from` at `to` (1-based, as listed); the others keep their order.
    bool move(qint64 connectionId, int from, int to, QString *error);
    // The connection's rules become `rules`, in that order, all or none (the editors save a
    // whole list). Each is checked first; their ids are set anew.
    bool replace(qint64 connectionId, QList<IntakeRule> &rules, QString *error);

private:
    Workspace &m_workspace;
};

// A dataset named by --as or a rule: a known format's, or a name of the user's own for a
// generic dataset, but not a made-up name under a platform's prefix ("actito.openings").
bool checkDatasetName(const QString &name, QString *error);

} // namespace wb
