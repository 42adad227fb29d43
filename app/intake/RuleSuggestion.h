// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace wb {

struct FileRecord;

// What an intake rule for files like a failed one would say, read from the ledger's record of
// it: the GUI's "make a rule for files like this one" fills its editor in with this.
struct RuleSuggestion
{
    QString deliveredAs;      // the path the rule must match: the file's, or its archive's
    QString pattern;          // deliveredAs's name with its dates and counters as '*'
    int subfolders = 0;       // as deep as the file lay under the read path
    QString dataset;          // the dataset the failure names, or the first it hesitated over
    QStringList candidates;   // the datasets an ambiguous file could be, in the failure's order
    bool datesNeeded = false; // the file was refused for want of its date order
};

RuleSuggestion suggestRule(const FileRecord &failed);

// A glob for the later deliveries of a file: "export_20261201.csv" -> "export_*.csv",
// "opens_2026-12-01T09-30.csv.gz" -> "opens_*.csv.gz". Digits that vary (dates, times,
// counters) become '*', and neighbouring ones one '*'; digits that are part of a word stay
// ("sms2_export_3.csv" -> "sms2_export_*.csv"), as does the extension. The result matches
// `fileName`, and glob characters in the name are matched as themselves.
QString patternForName(const QString &fileName);

// Whether a ledger's error is the importer's "set the date order" refusal, in the source
// language or any language the program carries.
bool isDateOrderMessage(const QString &message);

} // namespace wb
