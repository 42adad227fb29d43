// SPDX-License-Identifier: GPL-3.0-or-later
// Shorthands for transcribing the platforms' documents into FormatSpecs (KnownFormats.cpp and
// the per-platform files beside it).
#pragma once

#include "formats/FormatSpec.h"

namespace wb::spec {

// A documented column: its header as the platform writes it; the field is its snake_case.
inline FieldSpec f(const char *header, FieldType type = FieldType::Text)
{
    const QString h = QString::fromUtf8(header);
    return {snakeCase(h), h, type};
}

// A column the platform lets its user leave out: a header without it still matches.
inline FieldSpec optional(const char *header, FieldType type = FieldType::Text)
{
    FieldSpec s = f(header, type);
    s.optional = true;
    return s;
}

inline QRegularExpression name(const char *pattern)
{
    return QRegularExpression(QString::fromLatin1(pattern), QRegularExpression::CaseInsensitiveOption);
}

} // namespace wb::spec

namespace wb {
// Each platform's formats, in files of their own.
QList<FormatSpec> actitoFormats();
QList<FormatSpec> higherLogicFormats();
QList<FormatSpec> higherLogicDerivedFormats();
} // namespace wb
