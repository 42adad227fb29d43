// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wb {

// Key passphrases in the OS keychain (Windows Credential Manager, macOS Keychain, Secret
// Service on Linux) through QtKeychain, never in the workspace or a log. Where no keychain
// service runs (a headless Linux box, CI) nothing is stored and `error` says why, so the
// caller can tell the user the passphrase will be asked for each time.
// The calls block on a local event loop: call them from a worker thread or the CLI.
namespace Secrets {

struct Result
{
    bool ok = false;
    QString value;
    QString error;
};

Result readPassphrase(const QString &connectionName);
Result storePassphrase(const QString &connectionName, const QString &passphrase);
Result removePassphrase(const QString &connectionName);

// Other secrets (the SMTP password) under a key of their own, e.g. "smtp:host:user", with the
// same rules: nothing is stored where no keychain runs, a missing entry is not an error.
Result readSecret(const QString &key);
Result storeSecret(const QString &key, const QString &value);
Result removeSecret(const QString &key);

// WRITEBACK_KEY_PASSPHRASE, for unattended runs where no keychain exists.
QString passphraseFromEnvironment();

// Where every part of the app looks for a connection's passphrase: the environment first
// (an explicit choice for this run), then the keychain. `value` is empty when neither has
// one; `error` then says why the keychain could not help, if it could not.
Result findPassphrase(const QString &connectionName);

} // namespace Secrets
} // namespace wb
