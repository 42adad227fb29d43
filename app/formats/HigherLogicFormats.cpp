// SPDX-License-Identifier: GPL-3.0-or-later
// Higher Logic Thrive (Informz) writebacks to netFORUM (../shared/reference/002_*).
#include "formats/SpecBuilders.h"

using namespace Qt::StringLiterals;

namespace wb {

using T = FieldType;
using spec::f;
using spec::name;
using spec::optional;

QList<FormatSpec> higherLogicFormats()
{
    QList<FormatSpec> all;
    {
        // "Link Label" is documented as not written back yet: it may be missing.
        FormatSpec s{u"higherlogic.mailing_activity"_s, u"Higher Logic"_s, u"Mailing activity"_s,
                     FormatSpec::Kind::Csv, name(R"(activit|mailing)"),
                     {f("Activity Code"), f("Subcode"), f("Message Name"), f("Email Address"),
                      f("Date", T::DateTime), optional("Link Label")},
                     {u"email_address"_s, u"activity_code"_s, u"subcode"_s, u"message_name"_s, u"date"_s}};
        // An open's message is "Mailing Action | Device Used | Client Used | Country": each part
        // gets a column, for an export to send the device or the country on its own.
        s.splits = {{u"message_name"_s, '|',
                     {f("Mailing Action"), f("Device Used"), f("Client Used"), f("Country")}}};
        all << s;
    }
    all << FormatSpec{u"higherlogic.subscriber_status"_s, u"Higher Logic"_s, u"Subscriber status"_s,
                      FormatSpec::Kind::Csv, name(R"(subscri|unsub|status)"),
                      {f("Activity Code"), f("Message Name"), f("Email Address"), f("Date", T::DateTime)},
                      {u"email_address"_s, u"activity_code"_s, u"date"_s}};
    return all;
}

QList<FormatSpec> higherLogicDerivedFormats()
{
    // intake/SubscriberStatus.cpp keeps it: one row per e-mail address (lower case), from its
    // latest unsubscribe or resubscribe.
    FormatSpec s{u"higherlogic.subscriber_current_status"_s, u"Higher Logic"_s, u"Subscribers' current status"_s,
                 FormatSpec::Kind::Derived, {},
                 {f("Email Address"), f("Status"), f("Unsubscribed", T::Boolean), f("Status Date", T::DateTime),
                  f("Activity Code"), f("Message Name")},
                 {u"email_address"_s}};
    return {s};
}

} // namespace wb
