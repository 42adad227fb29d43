// SPDX-License-Identifier: GPL-3.0-or-later
// The platforms' writeback files, transcribed from their documentation
// (../shared/reference and docs/formats.md). Where a document names a column only in prose,
// the header is the platform's technical name as its exports write it.
#include "formats/FormatSpec.h"

using namespace Qt::StringLiterals;

namespace wb {

namespace {

using T = FieldType;

FieldSpec f(const char *header, T type = T::Text)
{
    const QString h = QString::fromUtf8(header);
    return {snakeCase(h), h, type};
}

QRegularExpression name(const char *pattern)
{
    return QRegularExpression(QString::fromLatin1(pattern), QRegularExpression::CaseInsensitiveOption);
}

QList<FieldSpec> actitoEmail(std::initializer_list<FieldSpec> extra)
{
    QList<FieldSpec> out{f("interactionId"), f("campaignId"), f("abVersion"), f("profileId"),
                         f("subscription"), f("eventTime", T::DateTime), f("emailAddress"),
                         f("campaignTechnicalName")};
    out.append(extra);
    return out;
}

QList<FieldSpec> actitoSms(std::initializer_list<FieldSpec> extra)
{
    QList<FieldSpec> out{f("interactionId"), f("campaignId"), f("campaignName"), f("gsmNumber"),
                         f("profileId"), f("eventTime", T::DateTime)};
    out.append(extra);
    return out;
}

FormatSpec actito(const char *dataset, const char *title, const char *file, QList<FieldSpec> fields,
                  QStringList key = {u"interaction_id"_s})
{
    FormatSpec s;
    s.dataset = QString::fromLatin1(dataset);
    s.vendor = u"Actito"_s;
    s.title = QString::fromUtf8(title);
    s.fileName = name(file);
    s.fields = std::move(fields);
    s.naturalKey = std::move(key);
    return s;
}

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

    // Actito incremental exports: one export per event type; headers are technical names.
    add(actito("actito.email_sent", "E-mail sent", R"(sent)", actitoEmail({})));
    add(actito("actito.email_not_sent", "E-mail not sent", R"(not.?sent)",
               actitoEmail({f("statusCategory"), f("status")})));
    add(actito("actito.email_openings", "E-mail openings", R"(open)", actitoEmail({})));
    add(actito("actito.email_clicks", "E-mail clicks", R"(click)",
               actitoEmail({f("clickedUrlName"), f("isFirstClick", T::Boolean), f("clickedUrl")}),
               {u"interaction_id"_s, u"clicked_url_name"_s, u"clicked_url"_s}));
    add(actito("actito.email_bounces", "E-mail bounces", R"(bounce)",
               actitoEmail({f("bounceStatusCategory"), f("bounceStatus")})));
    add(actito("actito.email_unsubscribes", "E-mail unsubscribes", R"(unsub)", actitoEmail({})));
    add(actito("actito.sms_sent", "SMS sent", R"(sent)", actitoSms({})));
    add(actito("actito.sms_not_sent", "SMS not sent", R"(not.?sent)",
               actitoSms({f("errorStatusCategory"), f("errorStatus")})));
    add(actito("actito.sms_delivered", "SMS delivered", R"(deliver)", actitoSms({})));
    add(actito("actito.sms_clicks", "SMS clicks", R"(click)", actitoSms({})));
    add(actito("actito.sms_delivery_failed", "SMS delivery failed", R"(fail)",
               actitoSms({f("errorStatusCategory"), f("errorStatus")})));
    add(actito("actito.sms_stops", "SMS stops", R"(stop)", actitoSms({})));
    add(actito("actito.profile_deleted", "Deleted profiles", R"(delet)",
               {f("dataCollectionMoment", T::DateTime), f("profileId"), f("dataCollectionWay"),
                f("eventTime", T::DateTime), f("dataCollectionSource")},
               {u"profile_id"_s, u"event_time"_s}));
    add(actito("actito.segment_transitions", "Segment transitions", R"(segment)",
               {f("newValue"), f("profileId"), f("segment"), f("eventTime", T::DateTime), f("previousValue")},
               {u"profile_id"_s, u"segment"_s, u"event_time"_s}));
    add(actito("actito.subscription_updates", "Subscription updates", R"(subscri)",
               {f("collectionSource"), f("type"), f("profileId"), f("collectionMoment", T::DateTime),
                f("subscription"), f("eventTime", T::DateTime), f("collectionWay")},
               {u"profile_id"_s, u"subscription"_s, u"event_time"_s}));
    add(actito("actito.consent_changes", "Marketing consent changes", R"(consent)",
               {f("collectionSource"), f("consentValue", T::Boolean), f("profileId"),
                f("collectionMoment", T::DateTime), f("eventTime", T::DateTime), f("collectionWay")},
               {u"profile_id"_s, u"event_time"_s}));

    // Higher Logic Thrive (Informz) writebacks to netFORUM.
    {
        // "Link Label" is documented as not written back yet: it may be missing.
        FormatSpec s{u"higherlogic.mailing_activity"_s, u"Higher Logic"_s, u"Mailing activity"_s,
                     FormatSpec::Kind::Csv, name(R"(activit|mailing)"),
                     {f("Activity Code"), f("Subcode"), f("Message Name"), f("Email Address"),
                      f("Date", T::DateTime), f("Link Label")},
                     {u"email_address"_s, u"activity_code"_s, u"subcode"_s, u"message_name"_s, u"date"_s}};
        s.requiredFields = 5;
        add(s);
    }
    {
        FormatSpec s{u"higherlogic.subscriber_status"_s, u"Higher Logic"_s, u"Subscriber status"_s,
                     FormatSpec::Kind::Csv, name(R"(subscri|unsub|status)"),
                     {f("Activity Code"), f("Message Name"), f("Email Address"), f("Date", T::DateTime)},
                     {u"email_address"_s, u"activity_code"_s, u"date"_s}};
        add(s);
    }

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
