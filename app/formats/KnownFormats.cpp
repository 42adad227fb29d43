// SPDX-License-Identifier: GPL-3.0-or-later
// The platforms' writeback files, transcribed from their documentation
// (../shared/reference and docs/formats.md). Where a document names a column only in prose,
// the header is the platform's technical name as its exports write it.
#include "formats/SpecBuilders.h"

using namespace Qt::StringLiterals;

namespace wb {

namespace {

using T = FieldType;
using spec::f;
using spec::name;

QList<FormatSpec> build()
{
    QList<FormatSpec> all;
    auto add = [&](FormatSpec s) { all.append(std::move(s)); };

    // Full Measure Education: files in the institution's "incoming" folder.
    add({u"fullmeasure.content_card_opens"_s, u"Full Measure"_s, u"Content card opens"_s,
         FormatSpec::Kind::Csv, name(R"(^content_card_opens.*\.csv$)"),
         {f("contact_id"), f("first_name"), f("last_name"), f("mobile_phone_number"),
          f("liked", T::Boolean), f("last_viewed", T::DateTime), f("counts", T::Integer)},
         {u"contact_id"_s}});
    add({u"fullmeasure.content_card_engagement"_s, u"Full Measure"_s, u"Content card engagement (links clicked)"_s,
         FormatSpec::Kind::Csv, name(R"(^content_card_engagement.*\.csv$)"),
         {f("contact_id"), f("first_name"), f("last_name"), f("mobile_phone_number"), f("card_name"),
          f("link/button_text"), f("created_at", T::DateTime), f("count_clicks", T::Integer)},
         {u"contact_id"_s, u"card_name"_s, u"link_button_text"_s}});
    add({u"fullmeasure.delivery_stats"_s, u"Full Measure"_s, u"Delivery statistics"_s,
         FormatSpec::Kind::Csv, name(R"(^delivery_stats.*\.csv$)"),
         {f("contact_id"), f("campaign_name"), f("first_name"), f("last_name"), f("phone_number"),
          f("message_sent_to"), f("status"), f("error messages"), f("time_sent_est", T::DateTime)},
         {u"contact_id"_s, u"campaign_name"_s, u"message_sent_to"_s, u"time_sent_est"_s}});
    {
        // The question columns differ per form and new ones appear: keep them all as text.
        // There is no response id, so a response is its whole row: the same answers from the
        // same student delivered again are the same response.
        add({u"fullmeasure.form_responses"_s, u"Full Measure"_s, u"Form responses"_s,
             FormatSpec::Kind::Csv, name(R"(^form_responses.*\.csv$)"), {f("contact_id")}, {u"*"_s}});
    }
    add({u"fullmeasure.cve_inquiries"_s, u"Full Measure"_s, u"CVE inquiry form"_s, FormatSpec::Kind::Csv,
         name(R"(^(cve|inquir).*\.csv$)"),
         {f("Email"), f("First Name"), f("Last Name"), f("Affiliation"), f("Date of Birth", T::Date),
          f("Matriculation Year", T::Integer), f("Tour Type"), f("Title/Tags"), f("Time", T::DateTime)},
         {u"email"_s, u"time"_s}});

    // Deployteq event-based export: one activities and one broadcasts file a day. The
    // delimiter is configurable and headers can be switched off.
    {
        FormatSpec s{u"deployteq.activities"_s, u"Deployteq"_s, u"E-mail activities"_s, FormatSpec::Kind::Csv,
                     name(R"(^activity_.+_\d{8}\.(csv|txt)$)"),
                     {f("Broadcast ID"), f("Customer ID"), f("External customer number"), f("E-mail address"),
                      f("Activity"), f("Activity date", T::DateTime), f("Description of activity")},
                     {u"broadcast_id"_s, u"customer_id"_s, u"activity"_s, u"activity_date"_s,
                      u"description_of_activity"_s}};
        s.headerOptional = true;
        add(s);
    }
    {
        FormatSpec s{u"deployteq.broadcasts"_s, u"Deployteq"_s, u"Broadcasts"_s, FormatSpec::Kind::Csv,
                     name(R"(^broadcast_.+_\d{8}\.(csv|txt)$)"),
                     {f("Broadcast ID"), f("Broadcast type"), f("Description"), f("Subject"),
                      f("Sent on", T::DateTime)},
                     {u"broadcast_id"_s}};
        s.headerOptional = true;
        add(s);
    }

    all << actitoFormats() << higherLogicFormats();

    // Civitas Learning outreach messages, flattened: one row per message and student, one per
    // outreach property, and the first again with each property's value (and valueId, which
    // never changes when a label does) in columns of its own, added as new names appear.
    const QList<FieldSpec> outreach{
        f("outreachId"), f("createdAt", T::DateTime), f("employeeFirstName"), f("employeeLastName"),
        f("employeeEmail"), f("outreachSource"), f("outreachMedium"), f("studentInstitutionPersonID"),
        f("studentFirstName"), f("studentLastName"), f("studentEmailAddress"), f("studentCreatedAt", T::DateTime)};
    const QStringList outreachKey{u"outreach_id"_s, u"student_institution_person_id"_s};
    add({u"civitas.outreach"_s, u"Civitas Learning"_s, u"Outreach messages and students"_s,
         FormatSpec::Kind::CivitasJson, name(R"(\.jsonl?$)"), outreach, outreachKey});
    add({u"civitas.outreach_properties"_s, u"Civitas Learning"_s, u"Outreach properties"_s,
         FormatSpec::Kind::CivitasJson, name(R"(\.jsonl?$)"),
         {f("outreachPropertyId", T::Integer), f("outreachId"), f("name"), f("value"), f("valueId"),
          f("createdAt", T::DateTime)},
         {u"outreach_property_id"_s, u"outreach_id"_s}});
    add({u"civitas.outreach_details"_s, u"Civitas Learning"_s, u"Outreach with their properties as columns"_s,
         FormatSpec::Kind::CivitasJson, name(R"(\.jsonl?$)"), outreach, outreachKey});
    // Platforms add columns (Actito's profile-* attributes, Deployteq's "additional fields",
    // form questions): every format keeps what it does not know as text.
    for (FormatSpec &s : all) {
        s.extraColumns = true;
        // Full Measure documents US dates ("9/22/2022 2:39:00 AM", "10/10/96"). Actito writes
        // the customer's choice, Higher Logic documents none: their files show it or are told.
        if (s.vendor == u"Full Measure"_s)
            s.dateOrder = DateOrder::MonthFirst;
    }
    return all;
}

} // namespace

const FieldSpec *FormatSpec::field(const QString &fieldName) const
{
    for (const FieldSpec &fs : fields)
        if (fs.name == fieldName)
            return &fs;
    return nullptr;
}

QList<FieldSpec> FormatSpec::ownFields() const
{
    QList<FieldSpec> out;
    for (const SplitSpec &split : splits)
        out << split.parts;
    if (deletable) {
        out << FieldSpec{QString::fromLatin1(DeletedField), QString::fromLatin1(DeletedField), FieldType::Boolean};
        out << FieldSpec{QString::fromLatin1(DeletedAtField), QString::fromLatin1(DeletedAtField), FieldType::DateTime};
    }
    return out;
}

const QList<FormatSpec> &knownFormats()
{
    static const QList<FormatSpec> all = build();
    return all;
}

const FormatSpec *findFormat(const QString &dataset)
{
    for (const FormatSpec &s : knownFormats())
        if (s.dataset == dataset)
            return &s;
    // One table's dataset. The longest format name wins: "actito.linked_data_deleted_orders"
    // is the deleted records of the table "orders", not the records of a table "deleted_orders".
    const FormatSpec *best = nullptr;
    for (const FormatSpec &s : knownFormats())
        if (s.perTable && dataset.size() > s.dataset.size() + 1 && dataset.startsWith(s.dataset)
            && dataset.at(s.dataset.size()) == u'_' && (!best || s.dataset.size() > best->dataset.size()))
            best = &s;
    return best;
}

QString tableOf(const FormatSpec &spec, const QString &dataset)
{
    return spec.perTable && dataset.size() > spec.dataset.size() + 1 ? dataset.mid(spec.dataset.size() + 1)
                                                                      : QString();
}

QString titleOf(const FormatSpec &spec, const QString &dataset)
{
    const QString table = tableOf(spec, dataset);
    return table.isEmpty() ? spec.title : u"%1 (%2)"_s.arg(spec.title, table);
}

QString deletionTarget(const FormatSpec &deletions, const QString &dataset)
{
    if (deletions.deletes.isEmpty())
        return {};
    const QString table = tableOf(deletions, dataset);
    return table.isEmpty() ? deletions.deletes : deletions.deletes + u'_' + table;
}

QString deletionSource(const FormatSpec &target, const QString &dataset)
{
    for (const FormatSpec &s : knownFormats()) {
        if (s.deletes != target.dataset)
            continue;
        const QString table = tableOf(target, dataset);
        return table.isEmpty() ? s.dataset : s.dataset + u'_' + table;
    }
    return {};
}

const QList<FormatSpec> &derivedFormats()
{
    static const QList<FormatSpec> all = higherLogicDerivedFormats();
    return all;
}

const FormatSpec *findDerived(const QString &dataset)
{
    for (const FormatSpec &s : derivedFormats())
        if (s.dataset == dataset)
            return &s;
    return nullptr;
}

QString looseName(QStringView header)
{
    QString out;
    out.reserve(header.size());
    for (QChar c : header)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

} // namespace wb
