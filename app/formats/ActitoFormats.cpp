// SPDX-License-Identifier: GPL-3.0-or-later
// Actito's incremental exports (../shared/reference/003_*: "Creating Incremental Exports").
// One export per event type; the headers are the attributes' technical names, camelCase, as
// the document's prose names them ("Interaction id" is interactionId). Its user may rename the
// headers, leave columns out, and name the file as they like: a file is recognised by its
// columns, and where two exports have the same columns, by a file name that says which, else
// by a connection's rule or import's --as.
#include "formats/SpecBuilders.h"

using namespace Qt::StringLiterals;

namespace wb {

namespace {

using T = FieldType;
using spec::f;
using spec::name;
using spec::optional;

QList<FieldSpec> email(std::initializer_list<FieldSpec> extra)
{
    QList<FieldSpec> out{f("interactionId"), f("campaignId"), f("abVersion"), f("profileId"),
                         f("subscription"), f("eventTime", T::DateTime), f("emailAddress"),
                         f("campaignTechnicalName")};
    out.append(extra);
    return out;
}

QList<FieldSpec> sms(std::initializer_list<FieldSpec> extra)
{
    QList<FieldSpec> out{f("interactionId"), f("campaignId"), f("campaignName"), f("gsmNumber"),
                         f("profileId"), f("eventTime", T::DateTime)};
    out.append(extra);
    return out;
}

// Print, call centre and custom audience campaigns make files for a provider; their exports
// have the same columns, Downloaded adding when the file was taken ("Deposit date").
QList<FieldSpec> handedOver(bool downloaded)
{
    QList<FieldSpec> out{f("campaignId"), f("campaignTechnicalName")};
    if (downloaded)
        out << f("depositDate", T::DateTime);
    out << f("eventTime", T::DateTime) << f("interactionId") << f("profileId");
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

// A profile or custom table's records, one dataset per table, which its deleted-records
// export marks. The technical id and moments are what every such export can hold; the
// table's own attributes (and Linked Data's and Interactions' "profile-" attributes) come
// as extra columns.
FormatSpec records(const char *dataset, const char *title, const char *file, QList<FieldSpec> fields,
                   const QString &key)
{
    FormatSpec s = actito(dataset, title, file, std::move(fields), {key});
    s.perTable = true;
    s.deletable = true;
    return s;
}

// A deleted-records export: only technical fields, as the record is gone from Actito.
FormatSpec deletions(const char *dataset, const char *title, const char *file, QList<FieldSpec> fields,
                     const char *marks, const QString &by, QStringList key)
{
    FormatSpec s = actito(dataset, title, file, std::move(fields), std::move(key));
    s.perTable = true;
    s.deletes = QString::fromLatin1(marks);
    s.deletesBy = by;
    return s;
}

} // namespace

QList<FormatSpec> actitoFormats()
{
    QList<FormatSpec> all;
    auto add = [&](FormatSpec s) { all.append(std::move(s)); };

    add(actito("actito.email_sent", "E-mail sent", R"(sent)", email({})));
    add(actito("actito.email_not_sent", "E-mail not sent", R"(not.?sent)", email({f("statusCategory"), f("status")})));
    add(actito("actito.email_openings", "E-mail openings", R"(open)", email({})));
    add(actito("actito.email_clicks", "E-mail clicks", R"(click)",
               email({f("clickedUrlName"), f("isFirstClick", T::Boolean), f("clickedUrl")}),
               {u"interaction_id"_s, u"clicked_url_name"_s, u"clicked_url"_s}));
    add(actito("actito.email_bounces", "E-mail bounces", R"(bounce)",
               email({f("bounceStatusCategory"), f("bounceStatus")})));
    add(actito("actito.email_unsubscribes", "E-mail unsubscribes", R"(unsub)", email({})));
    add(actito("actito.sms_sent", "SMS sent", R"(sent)", sms({})));
    add(actito("actito.sms_not_sent", "SMS not sent", R"(not.?sent)",
               sms({f("errorStatusCategory"), f("errorStatus")})));
    add(actito("actito.sms_delivered", "SMS delivered", R"(deliver)", sms({})));
    add(actito("actito.sms_clicks", "SMS clicks", R"(click)", sms({})));
    add(actito("actito.sms_delivery_failed", "SMS delivery failed", R"(fail)",
               sms({f("errorStatusCategory"), f("errorStatus")})));
    add(actito("actito.sms_stops", "SMS stops", R"(stop)", sms({})));

    // Event types Ready, Not sent and Downloaded of each channel. The document gives these
    // exports no status column: the event type is the export, so each is a dataset.
    struct Channel
    {
        const char *id, *title, *file;
    };
    for (const Channel c : {Channel{"print", "Print", "print"}, Channel{"call_center", "Call center", "call.?cent"},
                            Channel{"custom_audience", "Custom audience", "audience"}}) {
        struct Event
        {
            const char *id, *title, *file;
            bool downloaded;
        };
        for (const Event e : {Event{"ready", "ready", "ready", false}, Event{"not_sent", "not sent", "not.?sent", false},
                              Event{"downloaded", "downloaded", "download", true}}) {
            const QByteArray dataset = "actito." + QByteArray(c.id) + '_' + e.id;
            const QByteArray title = QByteArray(c.title) + ' ' + e.title;
            // The channel and the event both in the name, in either order.
            const QByteArray file = "(" + QByteArray(c.file) + ".*" + e.file + ")|(" + e.file + ".*" + c.file + ")";
            add(actito(dataset.constData(), title.constData(), file.constData(), handedOver(e.downloaded)));
        }
    }

    add(deletions("actito.profile_deleted", "Deleted profiles", R"(delet)",
                  {f("dataCollectionMoment", T::DateTime), f("profileId"), f("dataCollectionWay"),
                   f("eventTime", T::DateTime), f("dataCollectionSource")},
                  "actito.profiles", u"profile_id"_s, {u"profile_id"_s, u"event_time"_s}));
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

    // Profile, Linked Data, Interaction and Repository exports. Linked Data and Interaction
    // records hold the profile's id, which their export may leave out: without it the three
    // custom tables' exports look alike, and the file name or a rule tells them apart.
    const auto moments = [](QList<FieldSpec> first) {
        return first << f("creationMoment", T::DateTime) << f("updateMoment", T::DateTime);
    };
    add(records("actito.profiles", "Profiles", R"(profil)", moments({f("profileId")}), u"profile_id"_s));
    add(records("actito.linked_data", "Linked data records", R"(linked)", moments({f("id"), optional("profileId")}),
                u"id"_s));
    add(records("actito.interactions", "Interaction records", R"(interaction)",
                moments({f("id"), optional("profileId")}), u"id"_s));
    add(records("actito.repository", "Repository records", R"(repositor)", moments({f("id")}), u"id"_s));

    // Linked Data, Interaction and Repository changes: the "Deleted rows" event type. The
    // business key is there only when the table has one that Actito does not number itself.
    const auto deleted = [](bool profile) {
        QList<FieldSpec> out{f("eventTime", T::DateTime), optional("businessKey"), f("id")};
        if (profile)
            out << optional("profileId");
        return out;
    };
    add(deletions("actito.linked_data_deleted", "Deleted linked data records", R"(linked)", deleted(true),
                  "actito.linked_data", u"id"_s, {u"id"_s}));
    add(deletions("actito.interactions_deleted", "Deleted interaction records", R"(interaction)", deleted(true),
                  "actito.interactions", u"id"_s, {u"id"_s}));
    add(deletions("actito.repository_deleted", "Deleted repository records", R"(repositor)", deleted(false),
                  "actito.repository", u"id"_s, {u"id"_s}));
    return all;
}

} // namespace wb
